-- The sandbox's demo schema: a small shop whose tables invite triggers — prices that must stay
-- positive, orders that move through states, stock to keep in step, and an audit table.

CREATE TABLE customers (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL UNIQUE,
    full_name   text NOT NULL,
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         text NOT NULL UNIQUE,
    name        text NOT NULL,
    price       numeric(10, 2) NOT NULL,
    stock       integer NOT NULL DEFAULT 0,
    is_deleted  boolean NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    status      text NOT NULL DEFAULT 'draft',
    total       numeric(12, 2) NOT NULL DEFAULT 0,
    note        text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_items (
    order_id    integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id  integer NOT NULL REFERENCES products (id),
    quantity    integer NOT NULL,
    unit_price  numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name  text NOT NULL,
    operation   text NOT NULL,
    old_row     jsonb,
    new_row     jsonb,
    changed_by  text NOT NULL DEFAULT current_user,
    app_user_id text DEFAULT current_setting('app.current_user_id', true),
    changed_at  timestamptz NOT NULL DEFAULT now(),
    txid        bigint NOT NULL DEFAULT txid_current()
);

CREATE VIEW order_summaries AS
    SELECT o.id, c.full_name AS customer, o.status, o.total, count(i.product_id) AS items
    FROM orders o
    JOIN customers c ON c.id = o.customer_id
    LEFT JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, c.full_name;

INSERT INTO customers (email, full_name) VALUES
    ('ada@example.com', 'Ada Lovelace'),
    ('grace@example.com', 'Grace Hopper'),
    ('edsger@example.com', 'Edsger Dijkstra'),
    ('barbara@example.com', 'Barbara Liskov'),
    ('ken@example.com', 'Ken Thompson');

INSERT INTO products (sku, name, price, stock) VALUES
    ('KB-01', 'Mechanical keyboard', 89.00, 25),
    ('MS-02', 'Wireless mouse', 24.50, 80),
    ('MN-27', '27-inch monitor', 279.00, 12),
    ('HD-10', 'USB-C hub', 39.90, 40),
    ('CB-03', 'Cable organiser', 9.99, 150),
    ('LP-14', 'Laptop stand', 45.00, 0);

INSERT INTO orders (customer_id, status, total, note) VALUES
    (1, 'paid', 113.50, NULL),
    (1, 'shipped', 279.00, 'leave at the door'),
    (2, 'draft', 0, NULL),
    (3, 'paid', 49.89, NULL),
    (4, 'cancelled', 89.00, 'changed mind'),
    (5, 'delivered', 84.90, NULL);

INSERT INTO order_items (order_id, product_id, quantity, unit_price) VALUES
    (1, 1, 1, 89.00), (1, 2, 1, 24.50),
    (2, 3, 1, 279.00),
    (4, 4, 1, 39.90), (4, 5, 1, 9.99),
    (5, 1, 1, 89.00),
    (6, 4, 1, 39.90), (6, 6, 1, 45.00);
