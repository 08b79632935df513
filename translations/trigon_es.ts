<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>BlockingConnection</name>
    <message>
        <source>refused to run &quot;%1&quot;: it would end the transaction Trigon holds</source>
        <translation>se rechazó ejecutar &quot;%1&quot;: terminaría la transacción que mantiene Trigon</translation>
    </message>
    <message>
        <source>A test case, a status check and a deploy each run in one transaction that only Trigon ends; nothing was run.</source>
        <translation>Un caso de prueba, una comprobación de estado y un despliegue se ejecutan cada uno en una transacción que solo Trigon termina; no se ejecutó nada.</translation>
    </message>
    <message>
        <source>the script ended the transaction Trigon holds</source>
        <translation>el script terminó la transacción que mantiene Trigon</translation>
    </message>
    <message>
        <source>out of memory while connecting</source>
        <translation>memoria insuficiente al conectar</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>se perdió la conexión con el servidor</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
</context>
<context>
    <name>CascadeGraph</name>
    <message>
        <source>it is part of a loop: %1; each trigger fires the next without end unless a condition stops it (add pg_trigger_depth() &lt; 2 to a WHEN to guard it)</source>
        <translation>forma parte de un bucle: %1; cada disparador dispara el siguiente sin fin salvo que una condición lo detenga (añada pg_trigger_depth() &lt; 2 a un WHEN para protegerlo)</translation>
    </message>
    <message>
        <source>it runs before %1 on %2 only because its name sorts first; both can change or stop the row, so renaming either changes the outcome</source>
        <translation>se ejecuta antes que %1 en %2 solo porque su nombre va primero en el orden; ambos pueden cambiar o detener la fila, así que renombrar cualquiera de los dos cambia el resultado</translation>
    </message>
    <message>
        <source>it runs after %1 on %2 only because its name sorts later; both can change or stop the row, so renaming either changes the outcome</source>
        <translation>se ejecuta después de %1 en %2 solo porque su nombre va después en el orden; ambos pueden cambiar o detener la fila, así que renombrar cualquiera de los dos cambia el resultado</translation>
    </message>
</context>
<context>
    <name>ConditionParser</name>
    <message>
        <source>the server refuses the WHEN condition of %1 on %2: %3</source>
        <translation>el servidor rechaza la condición WHEN de %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>DesignReader</name>
    <message>
        <source>bytes that are not UTF-8 (0x%1): design files are UTF-8</source>
        <translation>bytes que no son UTF-8 (0x%1): los archivos de diseño son UTF-8</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the most a design file may be</source>
        <translation>el archivo supera los %1 MiB, el máximo que puede ocupar un archivo de diseño</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected one of %2)</source>
        <translation>clave desconocida &quot;%1&quot; (se esperaba una de %2)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>una matriz de cadenas</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>the list is empty: a design needs at least one table</source>
        <translation>la lista está vacía: un diseño necesita al menos una tabla</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no field: write old__&lt;column&gt; or new__&lt;column&gt;</source>
        <translation>&quot;%1&quot; no es un campo: escribir old__&lt;column&gt; o new__&lt;column&gt;</translation>
    </message>
    <message>
        <source>a condition object</source>
        <translation>un objeto de condición</translation>
    </message>
    <message>
        <source>a condition has exactly one key, its kind (one of %1)</source>
        <translation>una condición tiene exactamente una clave, su tipo (uno de %1)</translation>
    </message>
    <message>
        <source>unknown condition kind &quot;%1&quot; (expected one of %2)</source>
        <translation>tipo de condición desconocido &quot;%1&quot; (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no q key: write old__&lt;column&gt;[__&lt;lookup&gt;] or new__&lt;column&gt;[__&lt;lookup&gt;]</source>
        <translation>&quot;%1&quot; no es una clave de q: escribir old__&lt;column&gt;[__&lt;lookup&gt;] o new__&lt;column&gt;[__&lt;lookup&gt;]</translation>
    </message>
    <message>
        <source>an array of conditions</source>
        <translation>una matriz de condiciones</translation>
    </message>
    <message>
        <source>write {&quot;now&quot;: true}</source>
        <translation>escribir {&quot;now&quot;: true}</translation>
    </message>
    <message>
        <source>expected &quot;new&quot; or &quot;old&quot;</source>
        <translation>se esperaba &quot;new&quot; o &quot;old&quot;</translation>
    </message>
    <message>
        <source>unknown trigger variable &quot;%1&quot; (expected one of %2)</source>
        <translation>variable de disparador desconocida &quot;%1&quot; (se esperaba una de %2)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>falta la clave &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of %2)</source>
        <translation>valor desconocido &quot;%1&quot; (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>unknown DDL field &quot;%1&quot; (expected one of %2)</source>
        <translation>campo DDL desconocido &quot;%1&quot; (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>se esperaba un número entero de %1 a %2</translation>
    </message>
</context>
<context>
    <name>EventTriggerChecks</name>
    <message>
        <source>a payload key is empty</source>
        <translation>una clave de la carga está vacía</translation>
    </message>
    <message>
        <source>a column name is empty</source>
        <translation>un nombre de columna está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>an event trigger fires for a command, not for a row: use {&quot;ddl&quot;: ...} values</source>
        <translation>un disparador de eventos se dispara por un comando, no por una fila: usar valores {&quot;ddl&quot;: ...}</translation>
    </message>
    <message>
        <source>%1 knows no objects yet: only event and command_tag have values there</source>
        <translation>%1 aún no conoce ningún objeto: ahí solo event y command_tag tienen valores</translation>
    </message>
    <message>
        <source>sql_drop does not say whether an extension owned the object: in_extension is always null there</source>
        <translation>sql_drop no indica si el objeto pertenecía a una extensión: ahí in_extension siempre es null</translation>
    </message>
    <message>
        <source>the SQL expression is empty</source>
        <translation>la expresión SQL está vacía</translation>
    </message>
    <message>
        <source>the setting name is empty</source>
        <translation>el nombre del parámetro de configuración está vacío</translation>
    </message>
    <message>
        <source>login event triggers take no tags</source>
        <translation>los disparadores de eventos login no admiten etiquetas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>write the command tag in capitals: &quot;%1&quot;</source>
        <translation>escribir la etiqueta de comando en mayúsculas: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no command tag an event trigger can fire for (commands on databases, roles, tablespaces and event triggers have none)</source>
        <translation>&quot;%1&quot; no es una etiqueta de comando para la que pueda dispararse un disparador de eventos (los comandos sobre bases de datos, roles, tablespaces y disparadores de eventos no tienen ninguna)</translation>
    </message>
    <message>
        <source>%1 never fires for %2</source>
        <translation>%1 nunca se dispara para %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>the name is longer than %1 bytes, where PostgreSQL cuts names</source>
        <translation>el nombre supera los %1 bytes, el límite a partir del cual PostgreSQL recorta los nombres</translation>
    </message>
    <message>
        <source>%1 event triggers need PostgreSQL %2 or later</source>
        <translation>los disparadores de eventos %1 requieren PostgreSQL %2 o posterior</translation>
    </message>
    <message>
        <source>only a superuser can create event triggers; connect as one to deploy this</source>
        <translation>solo un superusuario puede crear disparadores de eventos; conectar como superusuario para desplegar esto</translation>
    </message>
    <message>
        <source>the event trigger has no actions: it does nothing</source>
        <translation>el disparador de eventos no tiene acciones: no hace nada</translation>
    </message>
    <message>
        <source>event trigger number %1 has the same name; one would replace the other</source>
        <translation>el disparador de eventos número %1 tiene el mismo nombre; uno sustituiría al otro</translation>
    </message>
    <message>
        <source>attach runs at ddl_command_end, when the new table exists</source>
        <translation>attach se ejecuta en ddl_command_end, cuando la nueva tabla ya existe</translation>
    </message>
    <message>
        <source>attach acts on CREATE TABLE, CREATE TABLE AS and SELECT INTO, which the tags leave out</source>
        <translation>attach actúa sobre CREATE TABLE, CREATE TABLE AS y SELECT INTO, que las etiquetas dejan fuera</translation>
    </message>
    <message>
        <source>name the design whose trigger to attach</source>
        <translation>indicar el diseño cuyo disparador se debe asociar</translation>
    </message>
    <message>
        <source>no trigger of this file is named &quot;%1&quot;</source>
        <translation>ningún disparador de este archivo se llama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no selector: only a design over several tables with a selector knows which new tables it wants</source>
        <translation>&quot;%1&quot; no tiene selector: solo un diseño sobre varias tablas con selector sabe qué tablas nuevas quiere</translation>
    </message>
    <message>
        <source>the table to insert into is not set</source>
        <translation>no se ha indicado la tabla en la que insertar</translation>
    </message>
    <message>
        <source>no columns to insert</source>
        <translation>no hay columnas que insertar</translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation>el canal está vacío</translation>
    </message>
    <message>
        <source>refusing at login would lock every user out, the superusers included</source>
        <translation>rechazar en el inicio de sesión dejaría fuera a todos los usuarios, incluidos los superusuarios</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
</context>
<context>
    <name>EventTriggerImport</name>
    <message>
        <source>Trigon does not know its event %1</source>
        <translation>Trigon no conoce su evento %1</translation>
    </message>
    <message>
        <source>its function is not in the catalog snapshot</source>
        <translation>su función no está en la instantánea del catálogo</translation>
    </message>
    <message>
        <source>its function %1.%2() is written in %3, not in PL/pgSQL</source>
        <translation>su función %1.%2() está escrita en %3, no en PL/pgSQL</translation>
    </message>
    <message>
        <source>the function body is kept as one nested block</source>
        <translation>el cuerpo de la función se conserva como un único bloque anidado</translation>
    </message>
    <message>
        <source>its function was SECURITY DEFINER; the design&apos;s is not</source>
        <translation>su función era SECURITY DEFINER; la del diseño no lo es</translation>
    </message>
</context>
<context>
    <name>PgTapScript</name>
    <message>
        <source>cannot create the designed trigger: </source>
        <translation>no se puede crear el disparador diseñado: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>notifications sent: </source>
        <translation>notificaciones enviadas: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 has the trigger %2</source>
        <translation>%1 tiene el disparador %2</translation>
    </message>
    <message>
        <source>%1 %2 executes %3()</source>
        <translation>%1 %2 ejecuta %3()</translation>
    </message>
    <message>
        <source>%1 %2 fires on %3</source>
        <translation>%1 %2 se dispara con %3</translation>
    </message>
    <message>
        <source>%1 %2 fires %3</source>
        <translation>%1 %2 se dispara %3</translation>
    </message>
    <message>
        <source>%1 %2 fires FOR EACH %3</source>
        <translation>%1 %2 se dispara FOR EACH %3</translation>
    </message>
    <message>
        <source>%1 %2 has the designed WHEN clause</source>
        <translation>%1 %2 tiene la cláusula WHEN diseñada</translation>
    </message>
    <message>
        <source>%1 %2 has the enabled state %3 (pg_trigger.tgenabled %4)</source>
        <translation>%1 %2 tiene el estado de activación %3 (pg_trigger.tgenabled %4)</translation>
    </message>
    <message>
        <source>%1: the action succeeds</source>
        <translation>%1: la acción tiene éxito</translation>
    </message>
    <message>
        <source>%1: the action fails</source>
        <translation>%1: la acción falla</translation>
    </message>
    <message>
        <source>%1: the action fails with SQLSTATE %2</source>
        <translation>%1: la acción falla con SQLSTATE %2</translation>
    </message>
    <message>
        <source>%1: the action fails with a message containing &quot;%2&quot;</source>
        <translation>%1: la acción falla con un mensaje que contiene «%2»</translation>
    </message>
    <message>
        <source>%1: the design triggers that fire, in order</source>
        <translation>%1: los disparadores del diseño que se disparan, en orden</translation>
    </message>
    <message>
        <source>%1: not checked: the triggers are tested as deployed, and deployed functions do not record their firing</source>
        <translation>%1: sin comprobar: los disparadores se prueban tal como están desplegados, y las funciones desplegadas no registran cuándo se disparan</translation>
    </message>
    <message>
        <source>%1: not checked: an action that fails takes the record of its firings with it (trigon-cli test checks it)</source>
        <translation>%1: sin comprobar: una acción que falla se lleva consigo el registro de sus disparos (trigon-cli test lo comprueba)</translation>
    </message>
    <message>
        <source>%1: the setup runs</source>
        <translation>%1: la preparación se ejecuta</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>caso de prueba %1</translation>
    </message>
    <message>
        <source>%1: bypasses %2</source>
        <translation>%1: omite %2</translation>
    </message>
    <message>
        <source>%1: %2 returns the expected rows</source>
        <translation>%1: %2 devuelve las filas esperadas</translation>
    </message>
    <message>
        <source>%1: the row count of %2 changes by %3</source>
        <translation>%1: el número de filas de %2 cambia en %3</translation>
    </message>
    <message>
        <source>%1: a notification on %2 with %3</source>
        <translation>%1: una notificación en %2 con %3</translation>
    </message>
    <message>
        <source>%1: the notice &quot;%2&quot; is not checked: notices go to the client, where SQL cannot see them (trigon-cli test checks them)</source>
        <translation>%1: el aviso «%2» no se comprueba: los avisos van al cliente, donde SQL no los ve (trigon-cli test los comprueba)</translation>
    </message>
    <message>
        <source>What pgTAP checks, and what it lacks.</source>
        <translation>Lo que pgTAP comprueba y lo que le falta.</translation>
    </message>
    <message numerus="yes">
        <source>pgTAP tests of %n trigger(s), written by Trigon (trigon-cli test --pgtap).</source>
        <translation>
            <numerusform>Pruebas pgTAP de %n disparador, escritas por Trigon (trigon-cli test --pgtap).</numerusform>
            <numerusform>Pruebas pgTAP de %n disparadores, escritas por Trigon (trigon-cli test --pgtap).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run with: pg_prove -d DATABASE FILE (or psql -X -f FILE). Everything happens in one transaction that is rolled back.</source>
        <translation>Ejecutar con: pg_prove -d DATABASE FILE (o psql -X -f FILE). Todo ocurre en una transacción que se revierte.</translation>
    </message>
    <message>
        <source>The designs are installed in that transaction first.</source>
        <translation>Primero se instalan los diseños en esa transacción.</translation>
    </message>
    <message>
        <source>The triggers are tested as they are deployed.</source>
        <translation>Los disparadores se prueban tal como están desplegados.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Move Trigger</source>
        <translation>Mover disparador</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>Relay</name>
    <message>
        <source>trigon.outbox does not exist in this database: deploy a design with an outbox action first</source>
        <translation>trigon.outbox no existe en esta base de datos: desplegar antes un diseño con una acción outbox</translation>
    </message>
    <message>
        <source>the design files have no targets to deliver to</source>
        <translation>los archivos de diseño no tienen destinos a los que entregar</translation>
    </message>
    <message>
        <source>the connection to the database was lost</source>
        <translation>se perdió la conexión con la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3): dead after %n attempt(s): %4</source>
        <translation>
            <numerusform>%1 %2 (%3): descartado tras %n intento: %4</numerusform>
            <numerusform>%1 %2 (%3): descartado tras %n intentos: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3): attempt %4 failed: %5</source>
        <translation>%1 %2 (%3): el intento %4 falló: %5</translation>
    </message>
</context>
<context>
    <name>SqlExpression</name>
    <message>
        <source>the SQL condition ends inside a /* comment</source>
        <translation>la condición SQL termina dentro de un comentario /*</translation>
    </message>
    <message>
        <source>the SQL condition ends inside a quoted name</source>
        <translation>la condición SQL termina dentro de un nombre entre comillas</translation>
    </message>
    <message>
        <source>the SQL condition ends inside a string</source>
        <translation>la condición SQL termina dentro de una cadena</translation>
    </message>
    <message>
        <source>the SQL condition holds a -- comment, which would hide the rest of the clause; use /* ... */</source>
        <translation>la condición SQL contiene un comentario --, que ocultaría el resto de la cláusula; usar /* ... */</translation>
    </message>
    <message>
        <source>the SQL condition closes a parenthesis it did not open (at character %1)</source>
        <translation>la condición SQL cierra un paréntesis que no abrió (en el carácter %1)</translation>
    </message>
    <message>
        <source>the SQL condition holds a &quot;;&quot;: a condition is one expression, not statements</source>
        <translation>la condición SQL contiene un &quot;;&quot;: una condición es una expresión, no sentencias</translation>
    </message>
    <message>
        <source>the SQL condition holds the statement keyword %1: a condition is one expression</source>
        <translation>la condición SQL contiene la palabra clave de sentencia %1: una condición es una expresión</translation>
    </message>
    <message numerus="yes">
        <source>the SQL condition leaves %n parenthesis(es) open</source>
        <translation>
            <numerusform>la condición SQL deja %n paréntesis abierto</numerusform>
            <numerusform>la condición SQL deja %n paréntesis abiertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetChecks</name>
    <message>
        <source>a target needs a name</source>
        <translation>un destino necesita un nombre</translation>
    </message>
    <message>
        <source>an event needs at least one attempt</source>
        <translation>un evento necesita al menos un intento</translation>
    </message>
    <message>
        <source>the longest wait is shorter than the first</source>
        <translation>la espera más larga es más corta que la primera</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>la URL está vacía</translation>
    </message>
    <message>
        <source>not an http:// or https:// URL: %1</source>
        <translation>no es una URL http:// ni https://: %1</translation>
    </message>
    <message>
        <source>the URL holds a user or password; give credentials in a header from the environment instead</source>
        <translation>la URL contiene un usuario o una contraseña; indicar las credenciales en una cabecera tomada del entorno</translation>
    </message>
    <message>
        <source>the method is POST, PUT or PATCH, not %1</source>
        <translation>el método es POST, PUT o PATCH, no %1</translation>
    </message>
    <message>
        <source>ce- headers are the relay&apos;s: they carry the event&apos;s CloudEvents attributes</source>
        <translation>las cabeceras ce- son del retransmisor: llevan los atributos CloudEvents del evento</translation>
    </message>
    <message>
        <source>a secret does not belong in the design file: write {&quot;env&quot;: &quot;NAME&quot;} and set NAME where the relay runs</source>
        <translation>un secreto no debe estar en el archivo de diseño: escribir {&quot;env&quot;: &quot;NAME&quot;} y definir NAME donde se ejecuta el retransmisor</translation>
    </message>
    <message>
        <source>expected redis://host:port/db or unix:///path/to/socket, not &quot;%1&quot;</source>
        <translation>se esperaba redis://host:port/db o unix:///path/to/socket, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the URL holds a password, which does not belong in the design file</source>
        <translation>la URL contiene una contraseña, que no debe estar en el archivo de diseño</translation>
    </message>
    <message>
        <source>give either &quot;channel&quot; (PUBLISH) or &quot;stream&quot; (XADD)</source>
        <translation>indicar &quot;channel&quot; (PUBLISH) o &quot;stream&quot; (XADD)</translation>
    </message>
</context>
<context>
    <name>TestRunner</name>
    <message>
        <source>no rows</source>
        <translation>sin filas</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>sin error</translation>
    </message>
    <message>
        <source>the action succeeds</source>
        <translation>la acción se ejecuta correctamente</translation>
    </message>
    <message>
        <source>the action failed: %1</source>
        <translation>la acción falló: %1</translation>
    </message>
    <message>
        <source>message containing: %1</source>
        <translation>mensaje que contiene: %1</translation>
    </message>
    <message>
        <source>the action fails</source>
        <translation>la acción falla</translation>
    </message>
    <message>
        <source>expected an error, the action succeeded</source>
        <translation>se esperaba un error, la acción se ejecutó correctamente</translation>
    </message>
    <message>
        <source>expected an error containing &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>se esperaba un error que contuviera &quot;%1&quot;, se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>row count</source>
        <translation>recuento de filas</translation>
    </message>
    <message>
        <source>change of the row count of %1</source>
        <translation>cambio del recuento de filas de %1</translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation>no se pueden contar las filas de %1: %2</translation>
    </message>
    <message>
        <source>expected the rows of %1 to change by %2, got %3</source>
        <translation>se esperaba que las filas de %1 cambiaran en %2, se obtuvo %3</translation>
    </message>
    <message>
        <source>expected a notification on %1 with %2, got %3</source>
        <translation>se esperaba una notificación en %1 con %2, se obtuvo %3</translation>
    </message>
    <message>
        <source>expected a notice containing &quot;%1&quot;</source>
        <translation>se esperaba un aviso que contuviera &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the design triggers that fire, in order</source>
        <translation>los disparadores del diseño que se activan, en orden</translation>
    </message>
    <message>
        <source>expected the triggers fired to be %1, got %2</source>
        <translation>se esperaba que los disparadores activados fueran %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>installing trigon.bypass()</source>
        <translation>instalar trigon.bypass()</translation>
    </message>
    <message>
        <source>bypassing %1</source>
        <translation>omitir %1</translation>
    </message>
    <message>
        <source>test case %1</source>
        <translation>caso de prueba %1</translation>
    </message>
    <message>
        <source>the setup</source>
        <translation>la preparación</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>la acción</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which would end the transaction the test runs in; nothing was run</source>
        <translation>%1 contiene &quot;%2&quot;, que terminaría la transacción en la que se ejecuta la prueba; no se ejecutó nada</translation>
    </message>
    <message>
        <source>preparing the capture</source>
        <translation>preparar la captura</translation>
    </message>
    <message>
        <source>deploying the design</source>
        <translation>desplegar el diseño</translation>
    </message>
    <message>
        <source>deploying the event trigger</source>
        <translation>desplegar el disparador de eventos</translation>
    </message>
    <message>
        <source>event trigger</source>
        <translation>disparador de eventos</translation>
    </message>
</context>
<context>
    <name>TriggerChecks</name>
    <message>
        <source>audit table name</source>
        <translation>el nombre de la tabla de auditoría</translation>
    </message>
    <message>
        <source>the audit table Trigon creates has an identity column, which needs PostgreSQL 10 or later</source>
        <translation>la tabla de auditoría que crea Trigon tiene una columna de identidad, que requiere PostgreSQL 10 o posterior</translation>
    </message>
    <message>
        <source>changed_fields applies to row-level triggers; at statement level whole rows are stored</source>
        <translation>changed_fields se aplica a disparadores de nivel de fila; a nivel de sentencia se almacenan las filas completas</translation>
    </message>
    <message>
        <source>a state machine checks changes: the trigger needs the update event</source>
        <translation>una máquina de estados comprueba cambios: el disparador necesita el evento update</translation>
    </message>
    <message>
        <source>state column</source>
        <translation>la columna de estado</translation>
    </message>
    <message>
        <source>list at least one allowed transition</source>
        <translation>indicar al menos una transición permitida</translation>
    </message>
    <message>
        <source>target table name</source>
        <translation>el nombre de la tabla de destino</translation>
    </message>
    <message>
        <source>name at least one column and its value</source>
        <translation>indicar al menos una columna y su valor</translation>
    </message>
    <message>
        <source>channel name</source>
        <translation>el nombre del canal</translation>
    </message>
    <message>
        <source>a short {&quot;truncated&quot;: true, ...} payload is sent instead</source>
        <translation>se envía en su lugar una carga corta {&quot;truncated&quot;: true, ...}</translation>
    </message>
    <message>
        <source>the notification is skipped with a warning</source>
        <translation>la notificación se omite con una advertencia</translation>
    </message>
    <message>
        <source>the statement fails</source>
        <translation>la sentencia falla</translation>
    </message>
    <message>
        <source>the payload can exceed PostgreSQL&apos;s 8000-byte limit; then %1</source>
        <translation>la carga puede superar el límite de 8000 bytes de PostgreSQL; en ese caso, %1</translation>
    </message>
    <message>
        <source>a python action is the whole function, written in PL/Python; it cannot be combined with other actions, which are PL/pgSQL: give them a trigger of their own</source>
        <translation>una acción python es la función entera, escrita en PL/Python; no puede combinarse con otras acciones, que son PL/pgSQL: darles un disparador propio</translation>
    </message>
    <message>
        <source>this statement-level condition reads rows and would be evaluated in generated PL/pgSQL; in a PL/Python function test it in the body instead</source>
        <translation>esta condición de nivel de sentencia lee filas y se evaluaría en el PL/pgSQL generado; en una función PL/Python, comprobarla en el cuerpo</translation>
    </message>
    <message>
        <source>the Python body is empty</source>
        <translation>el cuerpo Python está vacío</translation>
    </message>
    <message>
        <source>while the new row can still be changed</source>
        <translation>mientras la fila nueva aún puede modificarse</translation>
    </message>
    <message>
        <source>set_timestamp changes the new row: the trigger needs insert or update</source>
        <translation>set_timestamp modifica la fila nueva: el disparador necesita insert o update</translation>
    </message>
    <message>
        <source>name the timestamp column(s) to set</source>
        <translation>indicar las columnas de marca de tiempo que se deben establecer</translation>
    </message>
    <message>
        <source>timestamp column</source>
        <translation>la columna de marca de tiempo</translation>
    </message>
    <message>
        <source>so it can cancel the DELETE</source>
        <translation>para poder cancelar el DELETE</translation>
    </message>
    <message>
        <source>soft_delete turns a DELETE into an UPDATE: the trigger needs the delete event</source>
        <translation>soft_delete convierte un DELETE en un UPDATE: el disparador necesita el evento delete</translation>
    </message>
    <message>
        <source>flag column</source>
        <translation>la columna indicadora</translation>
    </message>
    <message>
        <source>soft_delete needs the key columns that find the row</source>
        <translation>soft_delete necesita las columnas clave que localizan la fila</translation>
    </message>
    <message>
        <source>key column</source>
        <translation>la columna clave</translation>
    </message>
    <message>
        <source>the custom code is empty</source>
        <translation>el código personalizado está vacío</translation>
    </message>
    <message>
        <source>at statement level a check reads rows only through REFERENCING OLD/NEW TABLE</source>
        <translation>a nivel de sentencia, una comprobación solo lee filas a través de REFERENCING OLD/NEW TABLE</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>field</source>
        <translation>el campo</translation>
    </message>
    <message>
        <source>excluded field</source>
        <translation>el campo excluido</translation>
    </message>
    <message>
        <source>without fields, %1 needs the table&apos;s columns: list them in table_columns or name the fields</source>
        <translation>sin campos, %1 necesita las columnas de la tabla: indicarlas en table_columns o nombrar los campos</translation>
    </message>
    <message>
        <source>exclude needs the table&apos;s columns: list them in table_columns</source>
        <translation>exclude necesita las columnas de la tabla: indicarlas en table_columns</translation>
    </message>
    <message>
        <source>exclude_auto needs the table&apos;s columns: list them in table_columns</source>
        <translation>exclude_auto necesita las columnas de la tabla: indicarlas en table_columns</translation>
    </message>
    <message>
        <source>no field is left to compare after exclude%1</source>
        <translation>no queda ningún campo que comparar tras exclude%1</translation>
    </message>
    <message>
        <source> and exclude_auto</source>
        <translation> y exclude_auto</translation>
    </message>
    <message>
        <source>an empty q is always true</source>
        <translation>un q vacío siempre es verdadero</translation>
    </message>
    <message>
        <source>an empty &quot;and&quot; is always true</source>
        <translation>un &quot;and&quot; vacío siempre es verdadero</translation>
    </message>
    <message>
        <source>an empty &quot;or&quot; is always false</source>
        <translation>un &quot;or&quot; vacío siempre es falso</translation>
    </message>
    <message>
        <source>&quot;not&quot; takes exactly one condition</source>
        <translation>&quot;not&quot; admite exactamente una condición</translation>
    </message>
    <message>
        <source>the SQL condition is empty</source>
        <translation>la condición SQL está vacía</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>el nombre de la tabla</translation>
    </message>
    <message>
        <source>name at least one column of %1 that must equal a column of the trigger&apos;s row; without one any row of that table would do</source>
        <translation>indicar al menos una columna de %1 que deba ser igual a una columna de la fila del disparador; sin ella, valdría cualquier fila de esa tabla</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>el nombre de la columna</translation>
    </message>
    <message>
        <source>column</source>
        <translation>la columna</translation>
    </message>
    <message>
        <source>compares %1 with %2: PostgreSQL has no such operator</source>
        <translation>compara %1 con %2: PostgreSQL no tiene ese operador</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; holds %2; %3 is not one</source>
        <translation>la columna &quot;%1&quot; contiene %2; %3 no lo es</translation>
    </message>
    <message>
        <source>the in lookup takes an array of values</source>
        <translation>el operador in admite una matriz de valores</translation>
    </message>
    <message>
        <source>in an empty list is always false</source>
        <translation>in con una lista vacía siempre es falso</translation>
    </message>
    <message>
        <source>the isnull lookup takes true or false</source>
        <translation>el operador isnull admite true o false</translation>
    </message>
    <message>
        <source>the %1 lookup takes a text value</source>
        <translation>el operador %1 admite un valor de texto</translation>
    </message>
    <message>
        <source>compare with a single value (use the in lookup for a list)</source>
        <translation>comparar con un único valor (para una lista, usar el operador in)</translation>
    </message>
    <message>
        <source>compare with a single value</source>
        <translation>comparar con un único valor</translation>
    </message>
    <message>
        <source>comparing with null is never true (use isnull)</source>
        <translation>comparar con null nunca es verdadero (usar isnull)</translation>
    </message>
    <message>
        <source>%1 is listed twice (also as table %2)</source>
        <translation>%1 aparece dos veces (también como tabla n.º %2)</translation>
    </message>
    <message>
        <source>the shared function would differ on %1 from the one on %2: what the function does may not depend on a table&apos;s own columns or name (here through a condition evaluated in the function, row keys, or an action on the trigger&apos;s own table)</source>
        <translation>la función compartida diferiría en %1 de la de %2: lo que hace la función no puede depender de las columnas ni del nombre de una tabla concreta (aquí, mediante una condición evaluada en la función, claves de fila o una acción sobre la propia tabla del disparador)</translation>
    </message>
    <message>
        <source>trigger %1 (number %2) has the same name on %3; one would replace the other</source>
        <translation>el disparador %1 (número %2) tiene el mismo nombre en %3; uno sustituiría al otro</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>the %1 contains a NUL character, which PostgreSQL cannot store</source>
        <translation>%1 contiene un carácter NUL, que PostgreSQL no puede almacenar</translation>
    </message>
    <message>
        <source>the %1 is %2 bytes long; PostgreSQL keeps only the first %3 bytes of a name, so the object would not be found again under this name</source>
        <translation>%1 ocupa %2 bytes; PostgreSQL solo conserva los primeros %3 bytes de un nombre, así que el objeto no se volvería a encontrar con este nombre</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a column of %3 (known columns: %4)</source>
        <translation>%1 &quot;%2&quot; no es una columna de %3 (columnas conocidas: %4)</translation>
    </message>
    <message>
        <source>; a change condition compares OLD with NEW, which only an UPDATE has: give the other events a trigger of their own</source>
        <translation>; una condición de cambio compara OLD con NEW, y eso solo lo tiene un UPDATE: dar a los demás eventos un disparador propio</translation>
    </message>
    <message>
        <source> (it is NULL there)</source>
        <translation> (allí es NULL)</translation>
    </message>
    <message>
        <source>reads OLD, but an INSERT has no old row</source>
        <translation>lee OLD, pero un INSERT no tiene fila antigua</translation>
    </message>
    <message>
        <source>reads NEW, but a DELETE has no new row</source>
        <translation>lee NEW, pero un DELETE no tiene fila nueva</translation>
    </message>
    <message>
        <source>comparing OLD and NEW rows of a statement pairs them by key: mark the key columns in table_columns (&quot;key&quot;: true)</source>
        <translation>comparar filas OLD y NEW de una sentencia las empareja por clave: marcar las columnas clave en table_columns (&quot;key&quot;: true)</translation>
    </message>
    <message>
        <source>%1 works on single rows: the trigger must be FOR EACH ROW</source>
        <translation>%1 trabaja sobre filas individuales: el disparador debe ser FOR EACH ROW</translation>
    </message>
    <message>
        <source>%1 must run BEFORE the change, %2</source>
        <translation>%1 debe ejecutarse antes del cambio (BEFORE), %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no SQLSTATE: five digits or capital letters, like P0001</source>
        <translation>&quot;%1&quot; no es un SQLSTATE: cinco dígitos o letras mayúsculas, como P0001</translation>
    </message>
    <message>
        <source>SQLSTATE class 00 means success; an error needs another class</source>
        <translation>la clase 00 de SQLSTATE significa éxito; un error necesita otra clase</translation>
    </message>
    <message>
        <source>a payload key is empty</source>
        <translation>una clave de la carga está vacía</translation>
    </message>
    <message>
        <source>a column name is empty</source>
        <translation>un nombre de columna está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>the SQL expression is empty</source>
        <translation>la expresión SQL está vacía</translation>
    </message>
    <message>
        <source>the setting name is empty</source>
        <translation>el nombre del parámetro de configuración está vacío</translation>
    </message>
    <message>
        <source>a statement-level notification is sent once per statement and cannot read a row; use a row-level trigger</source>
        <translation>una notificación de nivel de sentencia se envía una vez por sentencia y no puede leer una fila; usar un disparador de nivel de fila</translation>
    </message>
    <message>
        <source>reads %1 rows, which a statement trigger sees only through REFERENCING %1 TABLE</source>
        <translation>lee filas %1, que un disparador de sentencia solo ve a través de REFERENCING %1 TABLE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a function name (write it as name or schema.name, quoting a part in double quotes only where its case or characters need it)</source>
        <translation>&quot;%1&quot; no es un nombre de función (escribirlo como nombre o esquema.nombre, con una parte entre comillas dobles solo donde sus mayúsculas o caracteres lo requieran)</translation>
    </message>
    <message>
        <source>trigger %1 (number %2) has the same name and reports its bypasses another way; trigon.bypass() knows one way per name, the one installed last</source>
        <translation>el disparador %1 (número %2) tiene el mismo nombre y notifica sus omisiones de otra forma; trigon.bypass() conoce una sola forma por nombre, la instalada en último lugar</translation>
    </message>
    <message>
        <source>{&quot;ddl&quot;: ...} values exist only in event triggers</source>
        <translation>los valores {&quot;ddl&quot;: ...} solo existen en los disparadores de eventos</translation>
    </message>
    <message>
        <source>name the target the events go to</source>
        <translation>indicar el destino al que van los eventos</translation>
    </message>
    <message>
        <source>the outbox needs PostgreSQL 13 or later (gen_random_uuid() for its event ids)</source>
        <translation>el outbox necesita PostgreSQL 13 o posterior (gen_random_uuid() para los identificadores de sus eventos)</translation>
    </message>
    <message>
        <source>without a key the events are delivered in no particular order; give the row&apos;s id</source>
        <translation>sin una clave, los eventos se entregan sin un orden determinado; indicar el id de la fila</translation>
    </message>
    <message>
        <source>no target &quot;%1&quot; in this file&apos;s targets: trigon-cli relay leaves its events to Debezium or another reader of trigon.outbox</source>
        <translation>no hay ningún destino &quot;%1&quot; entre los destinos de este archivo: trigon-cli relay deja sus eventos a Debezium o a otro lector de trigon.outbox</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, preview, deploy and test PostgreSQL triggers.</source>
        <translation>Diseñar, previsualizar, desplegar y probar disparadores de PostgreSQL.</translation>
    </message>
    <message>
        <source>Open the sandbox database at start-up.</source>
        <translation>Abrir la base de datos sandbox al iniciar.</translation>
    </message>
    <message>
        <source>A design file to open.</source>
        <translation>Un archivo de diseño que abrir.</translation>
    </message>
</context>
<context>
    <name>trigon::CatalogSnapshot</name>
    <message>
        <source>default %1</source>
        <translation>valor predeterminado %1</translation>
    </message>
    <message>
        <source>set by trigger %1</source>
        <translation>establecido por el disparador %1</translation>
    </message>
</context>
<context>
    <name>trigon::DeployPlan</name>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>not made by Trigon, left alone</source>
        <translation>no lo creó Trigon; se deja como está</translation>
    </message>
    <message>
        <source>already enabled</source>
        <translation>ya está habilitado</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>ya está deshabilitado</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>renombrado desde %1</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>renombrado a %1</translation>
    </message>
</context>
<context>
    <name>trigon::DocumentReader</name>
    <message>
        <source>an action object</source>
        <translation>un objeto de acción</translation>
    </message>
    <message>
        <source>unknown action kind &quot;%1&quot; (expected one of %2)</source>
        <translation>tipo de acción desconocido &quot;%1&quot; (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array of arrays</source>
        <translation>una matriz de matrices</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given beside &quot;tables&quot;: a trigger is on one &quot;table&quot; or on several &quot;tables&quot;</source>
        <translation>&quot;%1&quot; no puede indicarse junto con &quot;tables&quot;: un disparador está en una &quot;table&quot; o en varias &quot;tables&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of &quot;immediate&quot;, &quot;deferred&quot;)</source>
        <translation>valor desconocido &quot;%1&quot; (se esperaba uno de &quot;immediate&quot;, &quot;deferred&quot;)</translation>
    </message>
    <message>
        <source>not a Trigon design file (expected &quot;format&quot;: &quot;trigon&quot;)</source>
        <translation>no es un archivo de diseño de Trigon (se esperaba &quot;format&quot;: &quot;trigon&quot;)</translation>
    </message>
    <message>
        <source>unsupported format version (this Trigon reads version %1)</source>
        <translation>versión de formato no admitida (este Trigon lee la versión %1)</translation>
    </message>
    <message>
        <source>duplicate trigger id &quot;%1&quot;</source>
        <translation>id de disparador duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected true, false or &quot;notice&quot;)</source>
        <translation>valor desconocido &quot;%1&quot; (se esperaba true, false o &quot;notice&quot;)</translation>
    </message>
    <message>
        <source>true, false or &quot;notice&quot;</source>
        <translation>true, false o &quot;notice&quot;</translation>
    </message>
    <message>
        <source>a target object</source>
        <translation>un objeto de destino</translation>
    </message>
    <message>
        <source>unknown target kind &quot;%1&quot; (expected one of %2)</source>
        <translation>tipo de destino desconocido &quot;%1&quot; (se esperaba uno de %2)</translation>
    </message>
</context>
<context>
    <name>trigon::EventTriggerStatus</name>
    <message>
        <source>not made by Trigon (no marker in its comment)</source>
        <translation>no lo creó Trigon (su comentario no tiene marca)</translation>
    </message>
    <message>
        <source>its function was changed by hand</source>
        <translation>su función se modificó a mano</translation>
    </message>
    <message>
        <source>the event trigger was changed by hand</source>
        <translation>el disparador de eventos se modificó a mano</translation>
    </message>
    <message>
        <source>event trigger definition changed in the design</source>
        <translation>la definición del disparador de eventos cambió en el diseño</translation>
    </message>
    <message>
        <source>function changed in the design</source>
        <translation>la función cambió en el diseño</translation>
    </message>
    <message>
        <source>enabled state is %1, the design says %2</source>
        <translation>el estado de habilitación es %1 y el diseño indica %2</translation>
    </message>
    <message>
        <source>made by Trigon, in no given design</source>
        <translation>creado por Trigon, pero en ninguno de los diseños indicados</translation>
    </message>
</context>
<context>
    <name>trigon::JsonParser</name>
    <message>
        <source>a NUL character (\u0000) in a string: PostgreSQL text cannot hold it</source>
        <translation>un carácter NUL (\u0000) en una cadena: el texto de PostgreSQL no puede contenerlo</translation>
    </message>
    <message>
        <source>a lone surrogate (\u%1) in a string: it is no character</source>
        <translation>un sustituto suelto (\u%1) en una cadena: no es un carácter</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texto inesperado después del valor JSON</translation>
    </message>
    <message>
        <source>nesting is too deep</source>
        <translation>el anidamiento es demasiado profundo</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>se esperaba un valor JSON</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>fin de archivo inesperado</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>se esperaba un nombre de miembro entre comillas dobles</translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation>miembro duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>se esperaba &apos;:&apos; después del nombre del miembro</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; en un objeto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en una matriz</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape)</source>
        <translation>carácter de control en una cadena (escribirlo como secuencia de escape)</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>secuencia de escape \u no válida</translation>
    </message>
    <message>
        <source>invalid escape in a string</source>
        <translation>secuencia de escape no válida en una cadena</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>número fuera de rango</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
</context>
<context>
    <name>trigon::PayloadFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
</context>
<context>
    <name>trigon::TriggerDesign</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::TriggerImport</name>
    <message>
        <source>cloned from its partitioned table&apos;s trigger: import that one instead</source>
        <translation>clonado del disparador de su tabla particionada: importar ese en su lugar</translation>
    </message>
    <message>
        <source>its function is not in the catalog snapshot</source>
        <translation>su función no está en la instantánea del catálogo</translation>
    </message>
    <message>
        <source>its WHEN clause stays raw SQL</source>
        <translation>su cláusula WHEN se mantiene como SQL sin procesar</translation>
    </message>
    <message>
        <source>its function %1.%2() is written in %3: the design executes it as it is</source>
        <translation>su función %1.%2() está escrita en %3: el diseño la ejecuta tal cual</translation>
    </message>
    <message>
        <source>the function body is kept as one nested block</source>
        <translation>el cuerpo de la función se conserva como un único bloque anidado</translation>
    </message>
    <message>
        <source>its function was SECURITY DEFINER; the design&apos;s is not</source>
        <translation>su función era SECURITY DEFINER; la del diseño no lo es</translation>
    </message>
</context>
<context>
    <name>trigon::TriggerStatus</name>
    <message>
        <source>the table %1 does not exist</source>
        <translation>la tabla %1 no existe</translation>
    </message>
    <message>
        <source>the function %1() does not exist</source>
        <translation>la función %1() no existe</translation>
    </message>
    <message>
        <source>deploying replaces the function %1(), which Trigon did not make</source>
        <translation>al desplegar se sustituye la función %1(), que no creó Trigon</translation>
    </message>
    <message>
        <source>not made by Trigon (no marker in its comment)</source>
        <translation>no lo creó Trigon (su comentario no tiene marca)</translation>
    </message>
    <message>
        <source>its function was changed by hand</source>
        <translation>su función se modificó a mano</translation>
    </message>
    <message>
        <source>trigger definition changed in the design</source>
        <translation>la definición del disparador cambió en el diseño</translation>
    </message>
    <message>
        <source>comment changed in the design</source>
        <translation>el comentario cambió en el diseño</translation>
    </message>
    <message>
        <source>function changed in the design</source>
        <translation>la función cambió en el diseño</translation>
    </message>
    <message>
        <source>trigger changed by hand: %1</source>
        <translation>disparador modificado a mano: %1</translation>
    </message>
    <message>
        <source>enabled state is %1, the design says %2</source>
        <translation>el estado de habilitación es %1 y el diseño indica %2</translation>
    </message>
    <message>
        <source>made by Trigon, in no given design</source>
        <translation>creado por Trigon, pero en ninguno de los diseños indicados</translation>
    </message>
    <message>
        <source>the design&apos;s selector picks this table, which the design does not list: attach it (trigon-cli attach)</source>
        <translation>el selector del diseño elige esta tabla, que el diseño no incluye: añadirla (trigon-cli attach)</translation>
    </message>
    <message>
        <source>attached by an event trigger; a deploy gives it Trigon&apos;s marker</source>
        <translation>asociado por un disparador de eventos; un despliegue le da la marca de Trigon</translation>
    </message>
</context>
<context>
    <name>trigon::TriggerValidator</name>
    <message>
        <source>trigger name</source>
        <translation>el nombre del disparador</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>el nombre de la tabla</translation>
    </message>
    <message>
        <source>schema name</source>
        <translation>el nombre del esquema</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>el nombre de la columna</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is listed twice</source>
        <translation>la columna &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>the pattern is empty, so the selector picks no table; &quot;*&quot; picks every table</source>
        <translation>el patrón está vacío, así que el selector no elige ninguna tabla; &quot;*&quot; elige todas las tablas</translation>
    </message>
    <message>
        <source>the argument contains a NUL character, which PostgreSQL cannot store</source>
        <translation>el argumento contiene un carácter NUL, que PostgreSQL no puede almacenar</translation>
    </message>
    <message>
        <source>a trigger needs at least one event (insert, update, delete or truncate)</source>
        <translation>un disparador necesita al menos un evento (insert, update, delete o truncate)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>TRUNCATE triggers fire once per statement: set the level to statement</source>
        <translation>los disparadores TRUNCATE se activan una vez por sentencia: establecer el nivel en sentencia</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers must be FOR EACH ROW</source>
        <translation>los disparadores INSTEAD OF deben ser FOR EACH ROW</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers cannot have an UPDATE OF column list</source>
        <translation>los disparadores INSTEAD OF no pueden tener una lista de columnas UPDATE OF</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers cannot have a WHEN condition</source>
        <translation>los disparadores INSTEAD OF no pueden tener una condición WHEN</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers live on views, and a view&apos;s triggers cannot be disabled or set to replica/always</source>
        <translation>los disparadores INSTEAD OF están en vistas, y los disparadores de una vista no pueden deshabilitarse ni establecerse en replica/always</translation>
    </message>
    <message>
        <source>UPDATE OF columns are ignored: the trigger has no update event</source>
        <translation>las columnas de UPDATE OF se ignoran: el disparador no tiene evento update</translation>
    </message>
    <message>
        <source>UPDATE OF column</source>
        <translation>la columna de UPDATE OF</translation>
    </message>
    <message>
        <source>transition tables need PostgreSQL 10 or later</source>
        <translation>las tablas de transición requieren PostgreSQL 10 o posterior</translation>
    </message>
    <message>
        <source>transition tables (REFERENCING) are only possible on AFTER triggers</source>
        <translation>las tablas de transición (REFERENCING) solo son posibles en disparadores AFTER</translation>
    </message>
    <message>
        <source>constraint triggers cannot have transition tables</source>
        <translation>los disparadores de restricción no pueden tener tablas de transición</translation>
    </message>
    <message>
        <source>transition tables cannot be combined with an UPDATE OF column list</source>
        <translation>las tablas de transición no pueden combinarse con una lista de columnas UPDATE OF</translation>
    </message>
    <message>
        <source>transition tables need a trigger with a single event, not %1</source>
        <translation>las tablas de transición requieren un disparador con un solo evento, no %1</translation>
    </message>
    <message>
        <source>OLD TABLE name</source>
        <translation>el nombre de OLD TABLE</translation>
    </message>
    <message>
        <source>OLD TABLE is only possible for UPDATE or DELETE triggers</source>
        <translation>OLD TABLE solo es posible en disparadores UPDATE o DELETE</translation>
    </message>
    <message>
        <source>NEW TABLE name</source>
        <translation>el nombre de NEW TABLE</translation>
    </message>
    <message>
        <source>NEW TABLE is only possible for INSERT or UPDATE triggers</source>
        <translation>NEW TABLE solo es posible en disparadores INSERT o UPDATE</translation>
    </message>
    <message>
        <source>the OLD TABLE and NEW TABLE names must differ</source>
        <translation>los nombres de OLD TABLE y NEW TABLE deben ser distintos</translation>
    </message>
    <message>
        <source>constraint triggers must be AFTER triggers</source>
        <translation>los disparadores de restricción deben ser disparadores AFTER</translation>
    </message>
    <message>
        <source>constraint triggers must be FOR EACH ROW</source>
        <translation>los disparadores de restricción deben ser FOR EACH ROW</translation>
    </message>
    <message>
        <source>INITIALLY DEFERRED needs DEFERRABLE</source>
        <translation>INITIALLY DEFERRED requiere DEFERRABLE</translation>
    </message>
    <message>
        <source>referenced table name</source>
        <translation>el nombre de la tabla referenciada</translation>
    </message>
    <message>
        <source>a statement-level condition that reads OLD needs REFERENCING OLD TABLE (WHEN cannot see rows in statement triggers)</source>
        <translation>una condición de nivel de sentencia que lee OLD requiere REFERENCING OLD TABLE (WHEN no ve filas en los disparadores de sentencia)</translation>
    </message>
    <message>
        <source>a statement-level condition that reads NEW needs REFERENCING NEW TABLE (WHEN cannot see rows in statement triggers)</source>
        <translation>una condición de nivel de sentencia que lee NEW requiere REFERENCING NEW TABLE (WHEN no ve filas en los disparadores de sentencia)</translation>
    </message>
    <message>
        <source>a bypass is checked by the function Trigon generates; the trigger executes the existing function %1(), which does not</source>
        <translation>la omisión (bypass) la comprueba la función que genera Trigon; el disparador ejecuta la función existente %1(), que no lo hace</translation>
    </message>
    <message>
        <source>a bypass is checked by the PL/pgSQL Trigon generates, not by a PL/Python function</source>
        <translation>la omisión (bypass) la comprueba el PL/pgSQL que genera Trigon, no una función PL/Python</translation>
    </message>
    <message>
        <source>function name</source>
        <translation>el nombre de la función</translation>
    </message>
    <message>
        <source>the trigger executes the existing function %1(), so it has no actions of its own: remove the actions, or remove &quot;function&quot; to have Trigon generate the function from them</source>
        <translation>el disparador ejecuta la función existente %1(), así que no tiene acciones propias: quitar las acciones, o quitar &quot;function&quot; para que Trigon genere la función a partir de ellas</translation>
    </message>
    <message>
        <source>this statement-level condition reads rows, which only a function Trigon generates can do; the existing function %1() cannot evaluate it</source>
        <translation>esta condición de nivel de sentencia lee filas, algo que solo puede hacer una función generada por Trigon; la función existente %1() no puede evaluarla</translation>
    </message>
    <message>
        <source>WHEN cannot call the aggregate function %1(); compute it in a subquery, which Trigon then tests in the function</source>
        <translation>WHEN no puede llamar a la función de agregado %1(); calcularla en una subconsulta, que Trigon comprobará después en la función</translation>
    </message>
    <message>
        <source>WHEN cannot call the window function %1() ... OVER</source>
        <translation>WHEN no puede llamar a la función de ventana %1() ... OVER</translation>
    </message>
    <message>
        <source>WHEN cannot call the set-returning function %1()</source>
        <translation>WHEN no puede llamar a la función que devuelve conjuntos %1()</translation>
    </message>
    <message>
        <source>WHEN can read only OLD and NEW, not %1: read another table in a subquery (EXISTS (SELECT ...)), which Trigon then tests in the function</source>
        <translation>WHEN solo puede leer OLD y NEW, no %1: leer otra tabla en una subconsulta (EXISTS (SELECT ...)), que Trigon comprobará después en la función</translation>
    </message>
    <message>
        <source>the part that reads other tables is tested in the function, as WHEN cannot hold a subquery: every row&apos;s AFTER event is queued and the function runs for each; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>la parte que lee otras tablas se comprueba en la función, ya que WHEN no puede contener una subconsulta: el evento AFTER de cada fila se encola y la función se ejecuta para cada una; lo que no necesita otra tabla se queda en WHEN si es una parte AND independiente</translation>
    </message>
    <message>
        <source>the part that reads other tables is tested in the function, as WHEN cannot hold a subquery: the function runs for every row; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>la parte que lee otras tablas se comprueba en la función, ya que WHEN no puede contener una subconsulta: la función se ejecuta para cada fila; lo que no necesita otra tabla se queda en WHEN si es una parte AND independiente</translation>
    </message>
    <message>
        <source>WHEN cannot hold a subquery, and an INSTEAD OF trigger has no WHEN to move it from: test it in a custom action</source>
        <translation>WHEN no puede contener una subconsulta, y un disparador INSTEAD OF no tiene WHEN del que sacarla: comprobarla en una acción personalizada</translation>
    </message>
    <message>
        <source>WHEN cannot hold a subquery (it reads other tables); Trigon would test it in the function, but the trigger executes the existing function %1()</source>
        <translation>WHEN no puede contener una subconsulta (lee otras tablas); Trigon la comprobaría en la función, pero el disparador ejecuta la función existente %1()</translation>
    </message>
    <message>
        <source>WHEN cannot hold a subquery (it reads other tables); Trigon tests such a part in its PL/pgSQL, not in PL/Python: test it in the body</source>
        <translation>WHEN no puede contener una subconsulta (lee otras tablas); Trigon comprueba esa parte en su PL/pgSQL, no en PL/Python: comprobarla en el cuerpo</translation>
    </message>
    <message>
        <source>the trigger has no actions: its function does nothing</source>
        <translation>el disparador no tiene acciones: su función no hace nada</translation>
    </message>
    <message>
        <source>this BEFORE trigger modifies and refuses nothing; as an AFTER trigger it would see the row as finally written (and not record changes that are later cancelled)</source>
        <translation>este disparador BEFORE no modifica ni rechaza nada; como disparador AFTER vería la fila tal como queda escrita finalmente (y no registraría cambios que se cancelan después)</translation>
    </message>
    <message>
        <source>%1() reads other tables (table_reading_functions), so Trigon tests it in the function, but an INSTEAD OF trigger has no WHEN to move it from: test it in a custom action</source>
        <translation>%1() lee otras tablas (table_reading_functions), así que Trigon la comprueba en la función, pero un disparador INSTEAD OF no tiene WHEN del que sacarla: comprobarla en una acción personalizada</translation>
    </message>
    <message>
        <source>%1() reads other tables (table_reading_functions), so Trigon would test it in the function, but the trigger executes the existing function %2(): remove %1 from table_reading_functions to keep it in WHEN</source>
        <translation>%1() lee otras tablas (table_reading_functions), así que Trigon la comprobaría en la función, pero el disparador ejecuta la función existente %2(): quitar %1 de table_reading_functions para dejarla en WHEN</translation>
    </message>
    <message>
        <source>%1() reads other tables (table_reading_functions), so Trigon would test it in the function, but only in the PL/pgSQL it generates, not in PL/Python: test it in the body</source>
        <translation>%1() lee otras tablas (table_reading_functions), así que Trigon la comprobaría en la función, pero solo en el PL/pgSQL que genera, no en PL/Python: comprobarla en el cuerpo</translation>
    </message>
    <message>
        <source>the part that calls a function of table_reading_functions is tested in the function, as the design asks: every row&apos;s AFTER event is queued and the function runs for each; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>la parte que llama a una función de table_reading_functions se comprueba en la función, como pide el diseño: el evento AFTER de cada fila se encola y la función se ejecuta para cada una; lo que no necesita otra tabla se queda en WHEN si es una parte AND independiente</translation>
    </message>
    <message>
        <source>the part that calls a function of table_reading_functions is tested in the function, as the design asks: the function runs for every row; what needs no other table stays in WHEN when it is its own AND part</source>
        <translation>la parte que llama a una función de table_reading_functions se comprueba en la función, como pide el diseño: la función se ejecuta para cada fila; lo que no necesita otra tabla se queda en WHEN si es una parte AND independiente</translation>
    </message>
</context>
<context>
    <name>trigon::cli</name>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: no se puede escribir %2: %3</translation>
    </message>
    <message>
        <source>to standard output</source>
        <translation>en la salida estándar</translation>
    </message>
    <message>
        <source>--schema: no schema named %1</source>
        <translation>--schema: no hay ningún esquema llamado %1</translation>
    </message>
    <message>
        <source>--table: no table named %1</source>
        <translation>--table: no hay ninguna tabla llamada %1</translation>
    </message>
    <message>
        <source>--table: no table named %1 in schema %2</source>
        <translation>--table: no hay ninguna tabla llamada %1 en el esquema %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %n trigger(s), skipped %1</source>
        <translation>
            <numerusform>%n disparador importado, %1 omitidos</numerusform>
            <numerusform>%n disparadores importados, %1 omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no design in %2 has a selector</source>
        <translation>%1: ningún diseño de %2 tiene selector</translation>
    </message>
    <message>
        <source>%1: the selector of %2 picks no table in the database; %3 is unchanged</source>
        <translation>%1: el selector de %2 no elige ninguna tabla de la base de datos; %3 no cambia</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n tabla</numerusform>
            <numerusform>%1: %n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>; attached %1</source>
        <translation>; añadidas: %1</translation>
    </message>
    <message>
        <source>; detached %1</source>
        <translation>; retiradas: %1</translation>
    </message>
    <message>
        <source>%1: --trigger: no trigger named %2 in the designs</source>
        <translation>%1: --trigger: no hay ningún disparador llamado %2 en los diseños</translation>
    </message>
    <message>
        <source>%1: --case: no test case named %2 in trigger %3</source>
        <translation>%1: --case: no hay ningún caso de prueba llamado %2 en el disparador %3</translation>
    </message>
    <message>
        <source>%1: --case: no test case named %2 in the designs</source>
        <translation>%1: --case: no hay ningún caso de prueba llamado %2 en los diseños</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s), %1 failed</source>
        <translation>
            <numerusform>%n caso de prueba, %1 fallidos</numerusform>
            <numerusform>%n casos de prueba, %1 fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: --server-version: Trigon knows PostgreSQL 9.6 to %2, got &apos;%3&apos;</source>
        <translation>%1: --server-version: Trigon admite PostgreSQL desde 9.6 hasta %2; se recibió &apos;%3&apos;</translation>
    </message>
    <message numerus="yes">
        <source>imported %n event trigger(s)</source>
        <translation>
            <numerusform>%n disparador de eventos importado</numerusform>
            <numerusform>%n disparadores de eventos importados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::cli::CliCommand</name>
    <message>
        <source>The database: a key=value conninfo, a postgresql:// URI or a service=NAME; what it leaves out comes from PG* variables and ~/.pgpass. Give a password through ~/.pgpass or PGPASSWORD, not here: other users see command lines.</source>
        <translation>La base de datos: un conninfo key=value, una URI postgresql:// o un service=NAME; lo que falte se toma de las variables PG* y de ~/.pgpass. La contraseña se indica en ~/.pgpass o PGPASSWORD, no aquí: otros usuarios ven las líneas de comandos.</translation>
    </message>
</context>
<context>
    <name>trigon::cli::DbCommands</name>
    <message>
        <source>cannot connect: %1</source>
        <translation>no se puede conectar: %1</translation>
    </message>
    <message>
        <source>cannot read the catalog: %1</source>
        <translation>no se puede leer el catálogo: %1</translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>automática (%1)</translation>
    </message>
    <message>
        <source>clone of the partitioned table&apos;s trigger</source>
        <translation>clon del disparador de la tabla particionada</translation>
    </message>
    <message>
        <source>made by Trigon</source>
        <translation>creado por Trigon</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>comentario: %1</translation>
    </message>
    <message>
        <source>database %1, user %2 (superuser)</source>
        <translation>base de datos %1, usuario %2 (superusuario)</translation>
    </message>
    <message>
        <source>database %1, user %2</source>
        <translation>base de datos %1, usuario %2</translation>
    </message>
    <message>
        <source>languages: %1</source>
        <translation>lenguajes: %1</translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>extensiones: %1</translation>
    </message>
    <message>
        <source>available to install: %1</source>
        <translation>disponibles para instalar: %1</translation>
    </message>
    <message>
        <source>schema %1 (owner %2)</source>
        <translation>esquema %1 (propietario %2)</translation>
    </message>
    <message>
        <source>schema %1 (owner %2, no CREATE privilege)</source>
        <translation>esquema %1 (propietario %2, sin privilegio CREATE)</translation>
    </message>
    <message>
        <source>(partition of %1)</source>
        <translation>(partición de %1)</translation>
    </message>
    <message>
        <source>(no TRIGGER privilege)</source>
        <translation>(sin privilegio TRIGGER)</translation>
    </message>
    <message>
        <source>trigger %1 [%2]</source>
        <translation>disparador %1 [%2]</translation>
    </message>
    <message>
        <source>event triggers</source>
        <translation>disparadores de eventos</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Print JSON (see docs/catalog.md) instead of text.</source>
        <translation>Mostrar JSON (ver docs/catalog.md) en lugar de texto.</translation>
    </message>
    <message>
        <source>Print a database&apos;s catalog: schemas, tables and views with their columns, triggers with every property, trigger functions, event triggers and what the connected role may do.</source>
        <translation>Mostrar el catálogo de una base de datos: esquemas, tablas y vistas con sus columnas, disparadores con todas sus propiedades, funciones de disparador, disparadores de eventos y lo que puede hacer el rol conectado.</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>se requiere --db CONNINFO</translation>
    </message>
    <message>
        <source>Only triggers on tables of this schema.</source>
        <translation>Solo los disparadores de las tablas de este esquema.</translation>
    </message>
    <message>
        <source>Only triggers on tables of this name.</source>
        <translation>Solo los disparadores de las tablas con este nombre.</translation>
    </message>
    <message>
        <source>The design file to write; - for stdout.</source>
        <translation>El archivo de diseño que se escribe; - para stdout.</translation>
    </message>
    <message>
        <source>--db CONNINFO and -o FILE are required</source>
        <translation>se requieren --db CONNINFO y -o FILE</translation>
    </message>
    <message>
        <source>The design file, rewritten in place.</source>
        <translation>El archivo de diseño, que se reescribe en su sitio.</translation>
    </message>
    <message>
        <source>Apply each design&apos;s selector to a database: its &quot;tables&quot; become the tables the selector picks there now, each with its columns. Designs without a selector stay as they are.</source>
        <translation>Aplicar el selector de cada diseño a una base de datos: sus &quot;tables&quot; pasan a ser las tablas que el selector elige ahí ahora, cada una con sus columnas. Los diseños sin selector quedan como están.</translation>
    </message>
    <message>
        <source>one FILE and --db CONNINFO are required</source>
        <translation>se requieren un FILE y --db CONNINFO</translation>
    </message>
    <message>
        <source>Turn a database&apos;s triggers into a design file: every property is kept, each PL/pgSQL function becomes a custom action, WHEN clauses become conditions where the model can express them. Event triggers come too, unless --schema or --table is given.</source>
        <translation>Convertir los disparadores de una base de datos en un archivo de diseño: se conservan todas las propiedades, cada función PL/pgSQL pasa a ser una acción personalizada y las cláusulas WHEN pasan a ser condiciones donde el modelo puede expresarlas. También se incluyen los disparadores de eventos, salvo que se indique --schema o --table.</translation>
    </message>
</context>
<context>
    <name>trigon::cli::DeployCommands</name>
    <message>
        <source>no design file given (see --help)</source>
        <translation>no se ha indicado ningún archivo de diseño (ver --help)</translation>
    </message>
    <message>
        <source>%1 on %2 is defined by another file too</source>
        <translation>%1 en %2 también está definido en otro archivo</translation>
    </message>
    <message>
        <source>the designs have errors</source>
        <translation>los diseños tienen errores</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>se requiere --db CONNINFO</translation>
    </message>
    <message>
        <source>Design files.</source>
        <translation>Archivos de diseño.</translation>
    </message>
    <message>
        <source>Shows whether each designed trigger is missing, installed, outdated, drifted, orphaned or unattached (a table the design&apos;s selector picks, not yet in the design).
Exit status: 0 all installed, 3 something differs, 1 design errors, 2 usage or connection errors.</source>
        <translation>Muestra si cada disparador diseñado falta (missing), está instalado (installed), desactualizado (outdated), con desviación (drifted), huérfano (orphaned) o sin asociar (unattached: una tabla que el selector del diseño elige y que aún no está en el diseño).
Estado de salida: 0 todo instalado, 3 algo difiere, 1 errores de diseño, 2 errores de uso o de conexión.</translation>
    </message>
    <message>
        <source>Print the plan and its script; change nothing.</source>
        <translation>Mostrar el plan y su script; no cambiar nada.</translation>
    </message>
    <message>
        <source>Drop orphans: triggers (and their functions) Trigon made that no given design names.</source>
        <translation>Eliminar los huérfanos: disparadores (y sus funciones) creados por Trigon que ningún diseño indicado nombra.</translation>
    </message>
    <message>
        <source>Confirm destructive steps (drops, replacing a trigger changed by hand).</source>
        <translation>Confirmar los pasos destructivos (eliminaciones, sustituir un disparador modificado a mano).</translation>
    </message>
    <message>
        <source>Instead of deploying, drop the designs&apos; installed triggers and their functions (only what Trigon made; destructive).</source>
        <translation>En lugar de desplegar, eliminar los disparadores instalados de los diseños y sus funciones (solo lo que creó Trigon; destructivo).</translation>
    </message>
    <message>
        <source>Instead of deploying, switch the designs&apos; installed triggers on.</source>
        <translation>En lugar de desplegar, activar los disparadores instalados de los diseños.</translation>
    </message>
    <message>
        <source>Instead of deploying, switch the designs&apos; installed triggers off.</source>
        <translation>En lugar de desplegar, desactivar los disparadores instalados de los diseños.</translation>
    </message>
    <message>
        <source>With --uninstall, --enable or --disable: only this trigger (repeatable).</source>
        <translation>Con --uninstall, --enable o --disable: solo este disparador (se puede repetir).</translation>
    </message>
    <message>
        <source>Deploys the designs in one transaction, or uninstalls, enables or disables their triggers.
Exit status: 0 deployed (or nothing to do), 1 design errors or the deploy failed and was rolled back, 2 usage or connection errors or destructive steps without --yes, 3 --dry-run with changes to make, 4 the connection was lost during COMMIT (the message says whether the database shows it committed).</source>
        <translation>Despliega los diseños en una sola transacción, o desinstala, activa o desactiva sus disparadores.
Estado de salida: 0 desplegado (o nada que hacer), 1 errores de diseño o el despliegue falló y se revirtió, 2 errores de uso o de conexión o pasos destructivos sin --yes, 3 --dry-run con cambios pendientes, 4 se perdió la conexión durante el COMMIT (el mensaje indica si la base de datos muestra la transacción confirmada).</translation>
    </message>
    <message>
        <source>use at most one of --uninstall, --enable and --disable, --prune only to deploy, and --trigger only with one of them</source>
        <translation>usar como máximo una de --uninstall, --enable y --disable, --prune solo para desplegar y --trigger solo con una de ellas</translation>
    </message>
    <message>
        <source>no trigger named %1 in the designs</source>
        <translation>no hay ningún disparador llamado %1 en los diseños</translation>
    </message>
    <message>
        <source>plpgsql_check found errors; nothing was deployed</source>
        <translation>plpgsql_check encontró errores; no se desplegó nada</translation>
    </message>
    <message>
        <source>[destructive]</source>
        <translation>[destructivo]</translation>
    </message>
    <message>
        <source>The script, run in one transaction:</source>
        <translation>El script, ejecutado en una sola transacción:</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <source>refused: the plan has destructive steps; run again with --yes to confirm them</source>
        <translation>rechazado: el plan tiene pasos destructivos; volver a ejecutar con --yes para confirmarlos</translation>
    </message>
    <message>
        <source>deploy failed</source>
        <translation>el despliegue falló</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>deployed</source>
        <translation>desplegado</translation>
    </message>
    <message>
        <source>Also write the results as JUnit XML to FILE.</source>
        <translation>Escribir además los resultados como JUnit XML en FILE.</translation>
    </message>
    <message>
        <source>Run only the cases of this trigger.</source>
        <translation>Ejecutar solo los casos de este disparador.</translation>
    </message>
    <message>
        <source>Run only the cases of this name.</source>
        <translation>Ejecutar solo los casos con este nombre.</translation>
    </message>
    <message>
        <source>Run nothing: write the cases, and checks of each trigger&apos;s structure, as a pgTAP script for pg_prove or psql. Needs no database.</source>
        <translation>No ejecutar nada: escribir los casos, y comprobaciones de la estructura de cada disparador, como un script pgTAP para pg_prove o psql. No necesita base de datos.</translation>
    </message>
    <message>
        <source>With --pgtap: write the script to FILE instead of stdout (- is stdout).</source>
        <translation>Con --pgtap: escribir el script en FILE en lugar de la salida estándar (- es la salida estándar).</translation>
    </message>
    <message>
        <source>With --pgtap: test the triggers as deployed in the database the script runs on, instead of installing the designs in its transaction first.</source>
        <translation>Con --pgtap: probar los disparadores tal como están desplegados en la base de datos donde corre el script, en lugar de instalar antes los diseños en su transacción.</translation>
    </message>
    <message>
        <source>Runs the designs&apos; test cases, each in a transaction that is rolled back, and lists the design triggers each action fired, in order. With --pgtap, writes them as a pgTAP script instead (docs/deploy.md).
Exit status: 0 all passed (or the script written), 3 some failed, 1 design errors, 2 usage or connection errors.</source>
        <translation>Ejecuta los casos de prueba de los diseños, cada uno en una transacción que se revierte, y lista en orden los disparadores del diseño que disparó cada acción. Con --pgtap, los escribe en cambio como script pgTAP (docs/deploy.md).
Estado de salida: 0 todos pasaron (o se escribió el script), 3 alguno falló, 1 errores de diseño, 2 errores de uso o de conexión.</translation>
    </message>
    <message>
        <source>--pgtap connects to no database and takes neither --db nor --junit; --output and --deployed need --pgtap</source>
        <translation>--pgtap no se conecta a ninguna base de datos y no admite ni --db ni --junit; --output y --deployed necesitan --pgtap</translation>
    </message>
    <message>
        <source>the event trigger %1 is defined by another file too</source>
        <translation>el disparador de eventos %1 también está definido en otro archivo</translation>
    </message>
    <message>
        <source>the event triggers&apos; cases are not part of the pgTAP script; run them with --db</source>
        <translation>los casos de los disparadores de eventos no forman parte del script pgTAP; ejecutarlos con --db</translation>
    </message>
</context>
<context>
    <name>trigon::cli::DesignCommands</name>
    <message>
        <source>Target PostgreSQL version, 9.6 to 17: a major version (15, 9.6) or server_version_num (150000). Default: 15.</source>
        <translation>Versión de PostgreSQL de destino, de 9.6 a 17: una versión mayor (15, 9.6) o server_version_num (150000). Por defecto: 15.</translation>
    </message>
    <message>
        <source>Design files.</source>
        <translation>Archivos de diseño.</translation>
    </message>
    <message>
        <source>--server-version: expected a PostgreSQL version such as 15, 9.6 or 150000, got &apos;%1&apos;</source>
        <translation>--server-version: se esperaba una versión de PostgreSQL como 15, 9.6 o 150000; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no design file given (see --help)</source>
        <translation>no se ha indicado ningún archivo de diseño (ver --help)</translation>
    </message>
    <message>
        <source>%1 has a trigger of this name on the same table; one would replace the other</source>
        <translation>%1 tiene un disparador con este nombre en la misma tabla; uno sustituiría al otro</translation>
    </message>
    <message>
        <source>the designs have errors</source>
        <translation>los diseños tienen errores</translation>
    </message>
    <message>
        <source>Print the uninstall script instead.</source>
        <translation>Mostrar en su lugar el script de desinstalación.</translation>
    </message>
    <message>
        <source>Write the script to OUT instead of stdout (- is stdout); OUT is replaced only once all of it is written.</source>
        <translation>Escribir el script en OUT en lugar de stdout (- es stdout); OUT solo se sustituye una vez escrito por completo.</translation>
    </message>
    <message>
        <source>Do not wrap the script in BEGIN/COMMIT.</source>
        <translation>No envolver el script en BEGIN/COMMIT.</translation>
    </message>
    <message>
        <source>Prints the install (or uninstall) script of the triggers of the design files.</source>
        <translation>Muestra el script de instalación (o desinstalación) de los disparadores de los archivos de diseño.</translation>
    </message>
    <message>
        <source>not rendered</source>
        <translation>no generado</translation>
    </message>
    <message>
        <source>Also check against this database, changing nothing: that the languages of the functions are there, that existing functions exist, that raw WHEN conditions parse.</source>
        <translation>Comprobar además contra esta base de datos, sin cambiar nada: que los lenguajes de las funciones estén disponibles, que las funciones existentes a las que se hace referencia existan y que las condiciones WHEN en bruto se puedan analizar.</translation>
    </message>
    <message>
        <source>Checks design files and prints their diagnostics. Exit status 1 when a design has errors.</source>
        <translation>Comprueba archivos de diseño y muestra sus diagnósticos. Estado de salida 1 si un diseño tiene errores.</translation>
    </message>
    <message>
        <source>Directory to write the scripts to (created if missing).</source>
        <translation>Directorio en el que escribir los scripts (se crea si no existe).</translation>
    </message>
    <message>
        <source>single: install.sql and uninstall.sql; per-trigger: NNN_&lt;name&gt;.sql and NNN_&lt;name&gt;.undo.sql; flyway: V&lt;n&gt;__&lt;name&gt;.sql and U&lt;n&gt;__&lt;name&gt;.sql.</source>
        <translation>single: install.sql y uninstall.sql; per-trigger: NNN_&lt;name&gt;.sql y NNN_&lt;name&gt;.undo.sql; flyway: V&lt;n&gt;__&lt;name&gt;.sql y U&lt;n&gt;__&lt;name&gt;.sql.</translation>
    </message>
    <message>
        <source>flyway: the version of the first script (default 1).</source>
        <translation>flyway: la versión del primer script (por defecto 1).</translation>
    </message>
    <message>
        <source>Writes install and uninstall scripts of the design files.</source>
        <translation>Escribe los scripts de instalación y desinstalación de los archivos de diseño.</translation>
    </message>
    <message>
        <source>--layout: expected single, per-trigger or flyway, got &apos;%1&apos;</source>
        <translation>--layout: se esperaba single, per-trigger o flyway; se recibió &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--first-version: expected a positive number</source>
        <translation>--first-version: se esperaba un número positivo</translation>
    </message>
    <message>
        <source>--out-dir is required</source>
        <translation>se requiere --out-dir</translation>
    </message>
    <message>
        <source>not exported</source>
        <translation>no exportado</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>Also draw the triggers installed in this database (designs replace the installed triggers of their names); unqualified tables resolve through its search_path.</source>
        <translation>Dibujar también los disparadores instalados en esta base de datos (los diseños sustituyen a los instalados del mismo nombre); las tablas sin esquema se resuelven con su search_path.</translation>
    </message>
    <message>
        <source>dot (Graphviz, the default) or json.</source>
        <translation>dot (Graphviz, el predeterminado) o json.</translation>
    </message>
    <message>
        <source>Write to OUT instead of standard output.</source>
        <translation>Escribir en OUT en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Prints the cascade graph: which tables each trigger writes and which triggers those writes fire. Loops are drawn red and reported on standard error.</source>
        <translation>Muestra el grafo de cascada: qué tablas escribe cada disparador y qué disparadores activan esas escrituras. Los bucles se dibujan en rojo y se informan en la salida de error.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (dot or json)</source>
        <translation>formato desconocido «%1» (dot o json)</translation>
    </message>
    <message>
        <source>warning: plpgsql_check&apos;s dependency report failed, unqualified table names follow the search path: %1</source>
        <translation>aviso: el informe de dependencias de plpgsql_check falló; los nombres de tabla sin esquema siguen el search_path: %1</translation>
    </message>
    <message>
        <source>%1 has an event trigger of this name; one would replace the other</source>
        <translation>%1 tiene un disparador de eventos con este nombre; uno sustituiría al otro</translation>
    </message>
</context>
<context>
    <name>trigon::cli::ListenCommand</name>
    <message>
        <source>Stop after N notifications (gap lines do not count; 0: no limit).</source>
        <translation>Parar tras N notificaciones (las líneas &quot;gap&quot; no cuentan; 0: sin límite).</translation>
    </message>
    <message>
        <source>Stop after S seconds (fractions allowed; 0: no limit).</source>
        <translation>Parar tras S segundos (se admiten fracciones; 0: sin límite).</translation>
    </message>
    <message>
        <source>Channels to LISTEN on, names taken literally.</source>
        <translation>Canales en los que hacer LISTEN; los nombres se toman literalmente.</translation>
    </message>
    <message>
        <source>Print notifications as JSON lines: {&quot;time&quot;, &quot;channel&quot;, &quot;pid&quot;, &quot;payload&quot;}. A lost connection is retried with backoff; notifications sent meanwhile are lost, and a line with &quot;gap&quot; and no &quot;payload&quot; says where. Status goes to stderr.</source>
        <translation>Mostrar las notificaciones como líneas JSON: {&quot;time&quot;, &quot;channel&quot;, &quot;pid&quot;, &quot;payload&quot;}. Una conexión perdida se reintenta con esperas crecientes; las notificaciones enviadas mientras tanto se pierden, y una línea con &quot;gap&quot; y sin &quot;payload&quot; indica dónde. El estado va a stderr.</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>se requiere --db CONNINFO</translation>
    </message>
    <message>
        <source>give at least one channel, none empty</source>
        <translation>indicar al menos un canal, ninguno vacío</translation>
    </message>
    <message>
        <source>--count wants a whole number &gt;= 0</source>
        <translation>--count requiere un número entero &gt;= 0</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds &gt;= 0</source>
        <translation>--timeout requiere un número de segundos &gt;= 0</translation>
    </message>
    <message>
        <source>listening on %1 (backend pid %2)</source>
        <translation>escuchando en %1 (pid del backend %2)</translation>
    </message>
    <message>
        <source>connection lost: %1; reconnecting</source>
        <translation>conexión perdida: %1; reconectando</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>no se puede conectar: %1</translation>
    </message>
    <message>
        <source>cannot reconnect: %1; next attempt in %2 ms</source>
        <translation>no se puede reconectar: %1; próximo intento en %2 ms</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>trigon::cli::RelayCommand</name>
    <message>
        <source>target %1 is defined differently in another file</source>
        <translation>el destino %1 está definido de otra forma en otro archivo</translation>
    </message>
    <message>
        <source>Deliver the events that are due, then exit.</source>
        <translation>Entregar los eventos pendientes de entrega y salir.</translation>
    </message>
    <message>
        <source>Exit after S seconds (fractions allowed; 0: no limit).</source>
        <translation>Salir tras S segundos (se admiten fracciones; 0: sin límite).</translation>
    </message>
    <message>
        <source>Make the files&apos; targets&apos; dead events pending again, then exit (run the relay to deliver them).</source>
        <translation>Volver a poner pendientes los eventos descartados de los destinos de los archivos y salir (ejecutar el retransmisor para entregarlos).</translation>
    </message>
    <message>
        <source>Design files: their &quot;targets&quot; say where events go.</source>
        <translation>Archivos de diseño: sus &quot;targets&quot; indican adónde van los eventos.</translation>
    </message>
    <message>
        <source>Deliver the outbox&apos;s events to the files&apos; targets (HTTP, Redis), at least once, in order per key, retrying with backoff (docs/outbox.md). Several relays may run side by side. Secrets come from the environment.</source>
        <translation>Entrega los eventos del outbox a los destinos de los archivos (HTTP, Redis), al menos una vez, en orden por clave, reintentando con espera creciente (docs/outbox.md). Pueden ejecutarse varios retransmisores en paralelo. Los secretos se toman del entorno.</translation>
    </message>
    <message>
        <source>--db CONNINFO is required</source>
        <translation>se requiere --db CONNINFO</translation>
    </message>
    <message>
        <source>no design file given (see --help)</source>
        <translation>no se ha indicado ningún archivo de diseño (ver --help)</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds &gt;= 0</source>
        <translation>--timeout requiere un número de segundos &gt;= 0</translation>
    </message>
    <message numerus="yes">
        <source>%n dead event(s) pending again</source>
        <translation>
            <numerusform>%n evento descartado vuelve a estar pendiente</numerusform>
            <numerusform>%n eventos descartados vuelven a estar pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) delivered</source>
        <translation>
            <numerusform>%n evento entregado</numerusform>
            <numerusform>%n eventos entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n intento fallido</numerusform>
            <numerusform>%n intentos fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n descartado</numerusform>
            <numerusform>%n descartados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::cli::SandboxCommand</name>
    <message>
        <source>the source</source>
        <translation>el origen</translation>
    </message>
    <message>
        <source>the sandbox database &apos;%1&apos; exists already; --replace replaces it (its tables, triggers and rows), --name chooses another</source>
        <translation>la base de datos sandbox &apos;%1&apos; ya existe; --replace la sustituye (sus tablas, disparadores y filas), --name elige otra</translation>
    </message>
    <message>
        <source>seeding the sandbox database &apos;%1&apos; from %2 failed while %3: %4</source>
        <translation>error al inicializar la base de datos sandbox &apos;%1&apos; desde %2 (%3): %4</translation>
    </message>
    <message>
        <source>seed: the database whose schema (no rows) is copied: key=value conninfo, postgresql:// URI or service=NAME. A password in it reaches pg_dump through the environment, never a command line.</source>
        <translation>seed: la base de datos cuyo esquema (sin filas) se copia: conninfo key=value, URI postgresql:// o service=NAME. Una contraseña incluida llega a pg_dump a través del entorno, nunca por una línea de comandos.</translation>
    </message>
    <message>
        <source>seed: the sandbox database to create (default: the source database&apos;s name).</source>
        <translation>seed: la base de datos sandbox que se crea (por defecto: el nombre de la base de datos de origen).</translation>
    </message>
    <message>
        <source>seed: replace a sandbox database of that name, dropping its tables, triggers and rows.</source>
        <translation>seed: sustituir una base de datos sandbox con ese nombre, eliminando sus tablas, disparadores y filas.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s data directory (default: %1).</source>
        <translation>El directorio de datos del sandbox (por defecto: %1).</translation>
    </message>
    <message>
        <source>start: start the sandbox, or use the running one, and print the demo database&apos;s conninfo. seed: copy a database&apos;s schema into a new sandbox database and print its conninfo. stop: stop the sandbox.</source>
        <translation>start: iniciar el sandbox, o usar el que está en marcha, y mostrar el conninfo de la base de datos de demostración. seed: copiar el esquema de una base de datos en una nueva base de datos sandbox y mostrar su conninfo. stop: detener el sandbox.</translation>
    </message>
    <message>
        <source>Run the sandbox, Trigon&apos;s private PostgreSQL server (on a unix socket only, its data kept across restarts), from scripts. start and seed leave it running for the commands that follow, and the GUI uses the same server. Conninfo strings go to stdout, progress to stderr.</source>
        <translation>Gestionar desde scripts el sandbox, el servidor PostgreSQL privado de Trigon (solo en un socket unix, con sus datos conservados entre reinicios). start y seed lo dejan en marcha para los comandos siguientes, y la interfaz gráfica usa el mismo servidor. Las cadenas conninfo van a stdout; el progreso, a stderr.</translation>
    </message>
    <message>
        <source>give one action: start, seed or stop</source>
        <translation>indicar una acción: start, seed o stop</translation>
    </message>
    <message>
        <source>--from, --name and --replace go with seed</source>
        <translation>--from, --name y --replace solo se usan con seed</translation>
    </message>
    <message>
        <source>seed needs --from CONNINFO</source>
        <translation>seed requiere --from CONNINFO</translation>
    </message>
    <message>
        <source>the sandbox is not running</source>
        <translation>el sandbox no está en marcha</translation>
    </message>
    <message>
        <source>cannot stop the sandbox: %1</source>
        <translation>no se puede detener el sandbox: %1</translation>
    </message>
    <message>
        <source>starting the sandbox in %1…</source>
        <translation>iniciando el sandbox en %1…</translation>
    </message>
    <message>
        <source>cannot start the sandbox: %1</source>
        <translation>no se puede iniciar el sandbox: %1</translation>
    </message>
    <message>
        <source>the sandbox keeps running; %1 stops it</source>
        <translation>el sandbox sigue en marcha; %1 lo detiene</translation>
    </message>
</context>
<context>
    <name>trigon::cli::Usage</name>
    <message>
        <source>Print the install (or uninstall) script of designs</source>
        <translation>Mostrar el script de instalación (o desinstalación) de los diseños</translation>
    </message>
    <message>
        <source>Check designs and print diagnostics</source>
        <translation>Comprobar diseños y mostrar los diagnósticos</translation>
    </message>
    <message>
        <source>Write script files for designs</source>
        <translation>Escribir archivos de script para los diseños</translation>
    </message>
    <message>
        <source>Print a database&apos;s schemas, tables and triggers (--json)</source>
        <translation>Mostrar los esquemas, tablas y disparadores de una base de datos (--json)</translation>
    </message>
    <message>
        <source>Turn a database&apos;s triggers into a design file</source>
        <translation>Convertir los disparadores de una base de datos en un archivo de diseño</translation>
    </message>
    <message>
        <source>Set designs&apos; tables to what their selectors pick in a database</source>
        <translation>Asignar a los diseños las tablas que sus selectores eligen en una base de datos</translation>
    </message>
    <message>
        <source>Compare designs with a database (exit 3 when they differ)</source>
        <translation>Comparar diseños con una base de datos (estado de salida 3 si difieren)</translation>
    </message>
    <message>
        <source>Install designs in one transaction (--dry-run shows the plan)</source>
        <translation>Instalar diseños en una sola transacción (--dry-run muestra el plan)</translation>
    </message>
    <message>
        <source>Run the designs&apos; test cases, leaving nothing behind</source>
        <translation>Ejecutar los casos de prueba de los diseños sin dejar rastro</translation>
    </message>
    <message>
        <source>Print NOTIFY events as JSON lines, reconnecting when dropped</source>
        <translation>Mostrar eventos NOTIFY como líneas JSON y reconectar si se cae la conexión</translation>
    </message>
    <message>
        <source>Start or stop the sandbox; seed it with a database&apos;s schema</source>
        <translation>Iniciar o detener el sandbox; inicializarlo con el esquema de una base de datos</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Design, check and deploy PostgreSQL triggers without a screen.</source>
        <translation>Diseñar, comprobar y desplegar disparadores de PostgreSQL sin pantalla.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>%1 describes a command&apos;s options.</source>
        <translation>%1 describe las opciones de un comando.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Print the cascade graph of designs as DOT or JSON (loops)</source>
        <translation>Mostrar el grafo de cascada de los diseños como DOT o JSON (bucles)</translation>
    </message>
    <message>
        <source>Deliver outbox events to webhooks and Redis, at least once</source>
        <translation>Entregar los eventos del outbox a webhooks y Redis, al menos una vez</translation>
    </message>
</context>
<context>
    <name>trigon::pg::CatalogLoader</name>
    <message numerus="yes">
        <source>the catalog queries returned %n results instead of %1</source>
        <translation>
            <numerusform>las consultas del catálogo devolvieron %n resultado en lugar de %1</numerusform>
            <numerusform>las consultas del catálogo devolvieron %n resultados en lugar de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::pg::Connection</name>
    <message>
        <source>timeout expired while connecting to %1</source>
        <translation>se agotó el tiempo de espera al conectar con %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>out of memory while connecting</source>
        <translation>memoria insuficiente al conectar</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <source>query cancelled before it was sent</source>
        <translation>consulta cancelada antes de enviarse</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falló la conexión</translation>
    </message>
    <message>
        <source>could not send the query</source>
        <translation>no se pudo enviar la consulta</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>se perdió la conexión con el servidor</translation>
    </message>
</context>
<context>
    <name>trigon::pg::ConnectionProfile</name>
    <message>
        <source>out of memory while reading the conninfo</source>
        <translation>memoria insuficiente al leer el conninfo</translation>
    </message>
    <message>
        <source>default host</source>
        <translation>host predeterminado</translation>
    </message>
</context>
<context>
    <name>trigon::pg::Deploy</name>
    <message>
        <source>%1 is locked by %2; status waited %3 s for it to compare the installed trigger %4</source>
        <translation>%1 está bloqueada por %2; la comprobación de estado esperó %3 s para comparar el disparador instalado %4</translation>
    </message>
    <message>
        <source>the session that deployed (pid %1) is still running its COMMIT</source>
        <translation>la sesión que desplegó (pid %1) aún está ejecutando su COMMIT</translation>
    </message>
    <message>
        <source>Refused: triggers or their functions changed in the database since the plan was made; nothing was run. Make the plan again.</source>
        <translation>Rechazado: los disparadores o sus funciones cambiaron en la base de datos desde que se elaboró el plan; no se ejecutó nada. Es necesario volver a elaborar el plan.</translation>
    </message>
    <message>
        <source>The connection was lost during COMMIT, and whether the deploy was committed is unknown: %1. Check the status before deploying again.</source>
        <translation>Se perdió la conexión durante el COMMIT y se desconoce si el despliegue se confirmó: %1. Conviene comprobar el estado antes de volver a desplegar.</translation>
    </message>
    <message>
        <source>The connection was lost during COMMIT. Connected again, the database shows the deploy committed.</source>
        <translation>Se perdió la conexión durante el COMMIT. Tras volver a conectar, la base de datos muestra el despliegue confirmado.</translation>
    </message>
    <message>
        <source>The connection was lost during COMMIT. Connected again, the database shows nothing committed; it is as before.</source>
        <translation>Se perdió la conexión durante el COMMIT. Tras volver a conectar, la base de datos no muestra nada confirmado; todo está como antes.</translation>
    </message>
    <message>
        <source>Failed, everything was rolled back.</source>
        <translation>Falló; se revirtió todo.</translation>
    </message>
    <message>
        <source>Step: %1 %2 %3</source>
        <translation>Paso: %1 %2 %3</translation>
    </message>
    <message>
        <source>SQLSTATE %1</source>
        <translation>SQLSTATE %1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>En: %1</translation>
    </message>
    <message>
        <source>only a superuser can create event triggers, and %1 is not one; deploy them as a superuser</source>
        <translation>solo un superusuario puede crear disparadores de eventos, y %1 no lo es; desplegarlos como superusuario</translation>
    </message>
</context>
<context>
    <name>trigon::pg::QueryResult</name>
    <message>
        <source>no result from the server (out of memory?)</source>
        <translation>el servidor no devolvió ningún resultado (¿memoria insuficiente?)</translation>
    </message>
</context>
<context>
    <name>trigon::pg::Sandbox</name>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>no se puede crear el archivo de bloqueo %1</translation>
    </message>
    <message>
        <source>the sandbox is starting in another process; waiting for it</source>
        <translation>el sandbox se está iniciando en otro proceso; esperando a que termine</translation>
    </message>
    <message numerus="yes">
        <source>the sandbox is starting in another process, which has not finished in %n minute(s)</source>
        <translation>
            <numerusform>el sandbox se está iniciando en otro proceso, que no ha terminado en %n minuto</numerusform>
            <numerusform>el sandbox se está iniciando en otro proceso, que no ha terminado en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot create the sandbox database: %1</source>
        <translation>no se puede crear la base de datos del sandbox: %1</translation>
    </message>
    <message>
        <source>cannot load the demo schema: %1</source>
        <translation>no se puede cargar el esquema de demostración: %1</translation>
    </message>
    <message>
        <source>cannot add PL/Python to the sandbox: %1</source>
        <translation>no se puede añadir PL/Python al sandbox: %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <source>the sandbox is not running</source>
        <translation>el sandbox no está en marcha</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds the demo shop; choose another name</source>
        <translation>&apos;%1&apos; contiene la tienda de demostración; elegir otro nombre</translation>
    </message>
</context>
<context>
    <name>trigon::pg::SchemaCopy</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n minutes</source>
        <translation>
            <numerusform>%1 no terminó en %n minuto</numerusform>
            <numerusform>%1 no terminó en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 crashed. %2</source>
        <translation>%1 terminó de forma anómala. %2</translation>
    </message>
    <message>
        <source>psql failed without saying why</source>
        <translation>psql falló sin indicar el motivo</translation>
    </message>
    <message>
        <source>line %1 of the schema dump: %2</source>
        <translation>línea %1 del volcado del esquema: %2</translation>
    </message>
    <message>
        <source>line %1 of the schema dump%2: %3

Statement:
%4</source>
        <translation>línea %1 del volcado del esquema%2: %3

Sentencia:
%4</translation>
    </message>
    <message>
        <source>connecting to the source</source>
        <translation>conectando con el origen</translation>
    </message>
    <message>
        <source>dumping the schema</source>
        <translation>volcando el esquema</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>creando la base de datos</translation>
    </message>
    <message>
        <source>loading the schema</source>
        <translation>cargando el esquema</translation>
    </message>
    <message>
        <source>putting the copy in place</source>
        <translation>colocando la copia en su sitio</translation>
    </message>
    <message>
        <source>the database name &apos;%1&apos; must have 1 to 63 bytes</source>
        <translation>el nombre de base de datos &apos;%1&apos; debe tener entre 1 y 63 bytes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs to the server; choose another name</source>
        <translation>&apos;%1&apos; pertenece al servidor; elegir otro nombre</translation>
    </message>
    <message>
        <source>the source connection string is not valid: %1</source>
        <translation>la cadena de conexión de origen no es válida: %1</translation>
    </message>
    <message>
        <source>%1 was not found; it comes with the PostgreSQL client (on Debian or Ubuntu: apt-get install postgresql-client)</source>
        <translation>no se encontró %1; viene con el cliente de PostgreSQL (en Debian o Ubuntu: apt-get install postgresql-client)</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2, newer than pg_dump %3 (%4), which cannot dump it. Install PostgreSQL %5 or newer and point TRIGON_PG_BINDIR at its bin directory.</source>
        <translation>%1 ejecuta PostgreSQL %2, más reciente que pg_dump %3 (%4), que no puede volcarlo. Instalar PostgreSQL %5 o posterior y apuntar TRIGON_PG_BINDIR a su directorio bin.</translation>
    </message>
    <message>
        <source>cannot connect to the target cluster: %1</source>
        <translation>no se puede conectar con el clúster de destino: %1</translation>
    </message>
    <message>
        <source>a database named &apos;%1&apos; exists already</source>
        <translation>ya existe una base de datos llamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create a temporary directory in %1: %2</source>
        <translation>no se puede crear un directorio temporal en %1: %2</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed: %2</source>
        <translation>falló pg_dump de %1: %2</translation>
    </message>
</context>
<context>
    <name>trigon::pg::ServerCheck</name>
    <message>
        <source>trigger %1 is written in %2, which the server does not have</source>
        <translation>el disparador %1 está escrito en %2, que el servidor no tiene</translation>
    </message>
    <message>
        <source>A superuser can add it to this database: CREATE EXTENSION %1;</source>
        <translation>Un superusuario puede añadirlo a esta base de datos: CREATE EXTENSION %1;</translation>
    </message>
    <message>
        <source>The server cannot add it either: install the language&apos;s package on the server (on Debian postgresql-plpython3-15 for PostgreSQL 15), then CREATE EXTENSION %1;</source>
        <translation>Tampoco el servidor puede añadirlo: instalar el paquete del lenguaje en el servidor (en Debian, postgresql-plpython3-15 para PostgreSQL 15) y luego CREATE EXTENSION %1;</translation>
    </message>
    <message>
        <source>the function %1() does not exist in the database</source>
        <translation>la función %1() no existe en la base de datos</translation>
    </message>
</context>
<context>
    <name>trigon::pg::TableLocks</name>
    <message>
        <source>another session</source>
        <translation>otra sesión</translation>
    </message>
    <message>
        <source>pid %1: %2</source>
        <translation>pid %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>could not lock %1 in %n tries of %2 s: held by %3</source>
        <translation>
            <numerusform>no se pudo bloquear %1 en %n intento de %2 s: bloqueo retenido por %3</numerusform>
            <numerusform>no se pudo bloquear %1 en %n intentos de %2 s: bloqueo retenido por %3</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for a lock on %1 held by %2</source>
        <translation>esperando un bloqueo sobre %1 retenido por %2</translation>
    </message>
</context>
<context>
    <name>trigon::pg::ThrowawayCluster</name>
    <message>
        <source>running as root needs the &apos;postgres&apos; system user to run the server (initdb refuses root); install the postgresql package</source>
        <translation>para ejecutar como root hace falta el usuario del sistema &apos;postgres&apos;, que ejecuta el servidor (initdb rechaza root); instalar el paquete postgresql</translation>
    </message>
    <message>
        <source>cannot hand %1 to the postgres user</source>
        <translation>no se puede ceder %1 al usuario postgres</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n s</source>
        <translation>
            <numerusform>%1 no terminó en %n s</numerusform>
            <numerusform>%1 no terminó en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Looked in: %1. Install them (on Debian or Ubuntu: apt-get install postgresql) or point TRIGON_PG_BINDIR at their directory.</source>
        <translation>No se encontraron los programas del servidor PostgreSQL (initdb, pg_ctl, postgres). Se buscó en: %1. Instalarlos (en Debian o Ubuntu: apt-get install postgresql) o apuntar TRIGON_PG_BINDIR a su directorio.</translation>
    </message>
    <message>
        <source>nowhere (no pg_config, no /usr/lib/postgresql)</source>
        <translation>ninguna parte (no hay pg_config ni /usr/lib/postgresql)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>
Server log:
%1</source>
        <translation>
Registro del servidor:
%1</translation>
    </message>
    <message>
        <source>cannot create a temporary directory in %1</source>
        <translation>no se puede crear un directorio temporal en %1</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot create a socket directory</source>
        <translation>no se puede crear un directorio para el socket</translation>
    </message>
    <message>
        <source>no free port found</source>
        <translation>no se encontró ningún puerto libre</translation>
    </message>
    <message>
        <source>pg_ctl stop failed: %1</source>
        <translation>falló pg_ctl stop: %1</translation>
    </message>
</context>
<context>
    <name>trigon::relay::Delivery</name>
    <message>
        <source>timed out after %1 ms</source>
        <translation>tiempo agotado tras %1 ms</translation>
    </message>
    <message>
        <source>target %1: not an http:// or https:// URL: %2</source>
        <translation>destino %1: no es una URL http:// ni https://: %2</translation>
    </message>
    <message>
        <source>target %1: the method is POST, PUT or PATCH, not %2</source>
        <translation>destino %1: el método es POST, PUT o PATCH, no %2</translation>
    </message>
    <message>
        <source>target %1: the timeout must be positive, not %2 ms</source>
        <translation>destino %1: el tiempo de espera debe ser positivo, no %2 ms</translation>
    </message>
    <message>
        <source>target %1: &quot;%2&quot; is not a valid header name</source>
        <translation>destino %1: &quot;%2&quot; no es un nombre de cabecera válido</translation>
    </message>
    <message>
        <source>target %1: the environment variable %2 for the header %3 is not set</source>
        <translation>destino %1: la variable de entorno %2 de la cabecera %3 no está definida</translation>
    </message>
    <message>
        <source>target %1: the environment variable %2 for the header %3 is empty</source>
        <translation>destino %1: la variable de entorno %2 de la cabecera %3 está vacía</translation>
    </message>
    <message>
        <source>target %1: the environment variable %2 for the header %3 holds a line break</source>
        <translation>destino %1: la variable de entorno %2 de la cabecera %3 contiene un salto de línea</translation>
    </message>
    <message>
        <source>target %1: the header %2 holds a line break</source>
        <translation>destino %1: la cabecera %2 contiene un salto de línea</translation>
    </message>
    <message>
        <source>cannot connect to Redis at %1: %2</source>
        <translation>no se puede conectar a Redis en %1: %2</translation>
    </message>
    <message>
        <source>Redis answered %1 with an unexpected reply (type %2)</source>
        <translation>Redis respondió a %1 con una respuesta inesperada (tipo %2)</translation>
    </message>
    <message>
        <source>target %1: expected redis://host:port/db or unix:///path/to/socket, not &quot;%2&quot;</source>
        <translation>destino %1: se esperaba redis://host:port/db o unix:///path/to/socket, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>target %1: the Redis URL holds a password, which does not belong in the design file</source>
        <translation>destino %1: la URL de Redis contiene una contraseña, que no debe estar en el archivo de diseño</translation>
    </message>
    <message>
        <source>target %1: &quot;%2&quot; is not a Redis database number</source>
        <translation>destino %1: &quot;%2&quot; no es un número de base de datos de Redis</translation>
    </message>
    <message>
        <source>target %1: give either a channel (PUBLISH) or a stream (XADD)</source>
        <translation>destino %1: indicar un canal (PUBLISH) o un stream (XADD)</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ActionForm</name>
    <message>
        <source>Add an action, or pick a preset.</source>
        <translation>Añadir una acción o elegir una plantilla.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ActionPage</name>
    <message>
        <source>Edit Action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Edit %1 Action (%2)</source>
        <translation>Editar acción %1 (%2)</translation>
    </message>
    <message>
        <source>Edit Event Trigger Action (%1)</source>
        <translation>Editar acción del disparador de eventos (%1)</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ActionsEditor</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Añadir acción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>Sets the timing, events, condition and actions in one step</source>
        <translation>Establecer el momento, los eventos, la condición y las acciones en un solo paso</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Run this action earlier</source>
        <translation>Ejecutar esta acción antes</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Run this action later</source>
        <translation>Ejecutar esta acción después</translation>
    </message>
    <message>
        <source>Read-only (refuse updates that change fields)</source>
        <translation>Solo lectura (rechazar las actualizaciones que cambien campos)</translation>
    </message>
    <message>
        <source>Protect deletes</source>
        <translation>Proteger contra borrados</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Borrado lógico</translation>
    </message>
    <message>
        <source>Audit all changes</source>
        <translation>Auditar todos los cambios</translation>
    </message>
    <message>
        <source>Notify on change</source>
        <translation>Notificar los cambios</translation>
    </message>
    <message>
        <source>Add %1 Action</source>
        <translation>Añadir acción %1</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <source>Duplicate Action</source>
        <translation>Duplicar acción</translation>
    </message>
    <message>
        <source>Move Action</source>
        <translation>Mover acción</translation>
    </message>
</context>
<context>
    <name>trigon::ui::AttachPage</name>
    <message>
        <source>Change Attached Design</source>
        <translation>Cambiar diseño asociado</translation>
    </message>
    <message>
        <source>When a CREATE TABLE (or CREATE TABLE AS, SELECT INTO) makes a table that the design&apos;s selector picks, give it the design&apos;s trigger, on the function the design shares.</source>
        <translation>Cuando un CREATE TABLE (o CREATE TABLE AS, SELECT INTO) crea una tabla que elige el selector del diseño, darle el disparador del diseño, con la función que comparte el diseño.</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <source>Attach a design to new tables</source>
        <translation>Asociar un diseño a las tablas nuevas</translation>
    </message>
    <message>
        <source>Attach: no design chosen</source>
        <translation>Asociar: no se ha elegido ningún diseño</translation>
    </message>
    <message>
        <source>Attach &quot;%1&quot; to new tables</source>
        <translation>Asociar &quot;%1&quot; a las tablas nuevas</translation>
    </message>
    <message>
        <source>No design of this file is over several tables with a selector: make one with Tables… in a trigger&apos;s form.</source>
        <translation>Ningún diseño de este archivo abarca varias tablas con un selector: crear uno con Tablas… en el formulario de un disparador.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::AuditPage</name>
    <message>
        <source>Create the audit table if it is missing</source>
        <translation>Crear la tabla de auditoría si no existe</translation>
    </message>
    <message>
        <source>Whole old and new rows</source>
        <translation>Filas antigua y nueva completas</translation>
    </message>
    <message>
        <source>Only the changed fields</source>
        <translation>Solo los campos modificados</translation>
    </message>
    <message>
        <source>none: app_user is NULL</source>
        <translation>ninguno: app_user es NULL</translation>
    </message>
    <message>
        <source>Write who changed what, and when, into an audit table.</source>
        <translation>Registrar quién cambió qué, y cuándo, en una tabla de auditoría.</translation>
    </message>
    <message>
        <source>Audit table:</source>
        <translation>Tabla de auditoría:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registrar:</translation>
    </message>
    <message>
        <source>User setting:</source>
        <translation>Parámetro de usuario:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Audit into %1 (%2)</source>
        <translation>Auditoría en %1 (%2)</translation>
    </message>
    <message>
        <source>whole rows</source>
        <translation>filas completas</translation>
    </message>
    <message>
        <source>changed fields</source>
        <translation>campos modificados</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CascadePane</name>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>Firing Order</source>
        <translation>Orden de disparo</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Mostrar el grafo entero</translation>
    </message>
    <message>
        <source>Export DOT…</source>
        <translation>Exportar DOT…</translation>
    </message>
    <message>
        <source>Save the graph as Graphviz DOT text</source>
        <translation>Guardar el grafo como texto DOT de Graphviz</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>Save the graph as an SVG drawing made by Graphviz</source>
        <translation>Guardar el grafo como dibujo SVG hecho por Graphviz</translation>
    </message>
    <message>
        <source>Lay It Out Anyway</source>
        <translation>Distribuirlo de todos modos</translation>
    </message>
    <message>
        <source>Add Depth Guard</source>
        <translation>Añadir protección de profundidad</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Solid boxes are triggers of this design, dashed ones are installed in the database. Each group runs in name order.</source>
        <translation>Los recuadros continuos son disparadores de este diseño; los discontinuos están instalados en la base de datos. Cada grupo se ejecuta en orden de nombre.</translation>
    </message>
    <message numerus="yes">
        <source>This graph has %n triggers. Laying it out takes Graphviz a while, and each change of the design would start it again. Export it as DOT meanwhile, or:</source>
        <translation>
            <numerusform>Este grafo tiene %n disparador. Distribuirlo le lleva a Graphviz un rato, y cada cambio del diseño volvería a empezarlo. Mientras tanto, expórtelo como DOT, o:</numerusform>
            <numerusform>Este grafo tiene %n disparadores. Distribuirlo le lleva a Graphviz un rato, y cada cambio del diseño volvería a empezarlo. Mientras tanto, expórtelo como DOT, o:</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Distribuyendo…</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>No se pudo distribuir el grafo: %1</translation>
    </message>
    <message>
        <source>No triggers: the graph shows the design&apos;s triggers and, when connected, the database&apos;s.</source>
        <translation>No hay disparadores: el grafo muestra los disparadores del diseño y, si hay conexión, los de la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n disparador</numerusform>
            <numerusform>%n disparadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loop(s)</source>
        <translation>
            <numerusform>%n bucle</numerusform>
            <numerusform>%n bucles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loops (%n)</source>
        <translation>
            <numerusform>Bucles (%n)</numerusform>
            <numerusform>Bucles (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no trigger sets itself off again.</source>
        <translation>Ninguno: ningún disparador vuelve a activarse a sí mismo.</translation>
    </message>
    <message>
        <source>Select a trigger of a loop to guard it.</source>
        <translation>Seleccione un disparador de un bucle para protegerlo.</translation>
    </message>
    <message>
        <source>%1 is not part of a loop.</source>
        <translation>%1 no forma parte de un bucle.</translation>
    </message>
    <message>
        <source>Select a trigger to see what a statement on its table sets off, stage by stage.</source>
        <translation>Seleccione un disparador para ver, etapa por etapa, qué desencadena una sentencia sobre su tabla.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>%1 runs before %2 only because its name sorts first. Both can change or stop the row, so renaming either changes what happens.</source>
        <translation>%1 se ejecuta antes que %2 solo porque su nombre va primero en el orden. Ambos pueden cambiar o detener la fila, así que renombrar cualquiera de los dos cambia lo que ocurre.</translation>
    </message>
    <message>
        <source>%1 is installed in the database; it is not part of this design.</source>
        <translation>%1 está instalado en la base de datos; no forma parte de este diseño.</translation>
    </message>
    <message>
        <source>Add Depth Guard to %1</source>
        <translation>Añadir protección de profundidad a %1</translation>
    </message>
    <message>
        <source>Graphviz could not draw the graph: %1</source>
        <translation>Graphviz no pudo dibujar el grafo: %1</translation>
    </message>
    <message>
        <source>The graph could not be saved to %1: %2</source>
        <translation>No se pudo guardar el grafo en %1: %2</translation>
    </message>
    <message>
        <source>Export Graph as SVG</source>
        <translation>Exportar el grafo como SVG</translation>
    </message>
    <message>
        <source>Export Graph as DOT</source>
        <translation>Exportar el grafo como DOT</translation>
    </message>
    <message>
        <source>SVG images (*.svg);;All files (*)</source>
        <translation>Imágenes SVG (*.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Graphviz DOT files (*.dot *.gv);;All files (*)</source>
        <translation>Archivos DOT de Graphviz (*.dot *.gv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <source>%1 would fire again</source>
        <translation>%1 se dispararía otra vez</translation>
    </message>
    <message>
        <source>Zoom in; Ctrl+wheel zooms too</source>
        <translation>Acercar; Ctrl+rueda también hace zoom</translation>
    </message>
    <message>
        <source>Zoom out; Ctrl+wheel zooms too</source>
        <translation>Alejar; Ctrl+rueda también hace zoom</translation>
    </message>
    <message>
        <source>Add pg_trigger_depth() &lt; 2 to the trigger&apos;s condition: it then fires only for statements at most one trigger deep, which ends the loop.</source>
        <translation>Añadir pg_trigger_depth() &lt; 2 a la condición del disparador: así solo se dispara para sentencias con como mucho un disparador de profundidad, lo que termina el bucle.</translation>
    </message>
    <message>
        <source>%1 is part of a loop.</source>
        <translation>%1 forma parte de un bucle.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CatalogController</name>
    <message>
        <source>Loading the catalog…</source>
        <translation>Cargando el catálogo…</translation>
    </message>
    <message>
        <source>The catalog could not be loaded: %1</source>
        <translation>No se pudo cargar el catálogo: %1</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>%1 cannot become a design:

%2</source>
        <translation>%1 no puede convertirse en un diseño:

%2</translation>
    </message>
    <message>
        <source>
-- %1.%2(), %3:
%4</source>
        <translation>
-- %1.%2(), %3:
%4</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>Disparador %1</translation>
    </message>
    <message>
        <source>Not connected to a database.

Connect to one with Database ▸ Connect…, or try Trigon on a demo shop with Database ▸ Open Sandbox Database.</source>
        <translation>Sin conexión a una base de datos.

Conectar a una con Base de datos ▸ Conectar…, o probar Trigon con una tienda de demostración mediante Base de datos ▸ Abrir base de datos sandbox.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CatalogPane</name>
    <message>
        <source>Filter tables, columns, triggers…</source>
        <translation>Filtrar tablas, columnas, disparadores…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the catalog again (F5)</source>
        <translation>Volver a cargar el catálogo (F5)</translation>
    </message>
    <message>
        <source>New Trigger on %1</source>
        <translation>Nuevo disparador en %1</translation>
    </message>
    <message>
        <source>The connected role lacks the TRIGGER privilege on it.</source>
        <translation>El rol conectado no tiene el privilegio TRIGGER sobre esta relación.</translation>
    </message>
    <message>
        <source>Import as Design</source>
        <translation>Importar como diseño</translation>
    </message>
    <message>
        <source>Show SQL</source>
        <translation>Mostrar SQL</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CatalogTreeModel</name>
    <message>
        <source>%1  → %2() ×%3</source>
        <translation>%1  → %2() ×%3</translation>
    </message>
    <message>
        <source>Event triggers</source>
        <translation>Disparadores de eventos</translation>
    </message>
    <message>
        <source> (partition)</source>
        <translation> (partición)</translation>
    </message>
    <message>
        <source>
You may not create triggers on it.</source>
        <translation>
No se permite crear disparadores en esta relación.</translation>
    </message>
    <message>
        <source>, not null</source>
        <translation>, no nulo</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>predeterminado: %1</translation>
    </message>
    <message>
        <source>maintained automatically: %1</source>
        <translation>mantenida automáticamente: %1</translation>
    </message>
    <message>
        <source>
State: %1</source>
        <translation>
Estado: %1</translation>
    </message>
    <message>
        <source>
Cloned from the partitioned table&apos;s trigger</source>
        <translation>
Clonado del disparador de la tabla particionada</translation>
    </message>
    <message>
        <source>
Made by Trigon</source>
        <translation>
Creado por Trigon</translation>
    </message>
    <message>
        <source>%1 on %2.%3</source>
        <translation>%1 en %2.%3</translation>
    </message>
    <message numerus="yes">
        <source>
Its function is shared with %n other trigger(s): </source>
        <translation>
            <numerusform>
Su función se comparte con %n disparador más: </numerusform>
            <numerusform>
Su función se comparte con %n disparadores más: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>
Function %1.%2(), %3</source>
        <translation>
Función %1.%2(), %3</translation>
    </message>
    <message>
        <source>ON %1 %2</source>
        <translation>ON %1 %2</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ColumnChecklist</name>
    <message>
        <source>Another column…</source>
        <translation>Otra columna…</translation>
    </message>
</context>
<context>
    <name>trigon::ui::CommandTagPicker</name>
    <message>
        <source>Filter tags</source>
        <translation>Filtrar etiquetas</translation>
    </message>
    <message>
        <source>The event does not fire for this command.</source>
        <translation>El evento no se dispara para este comando.</translation>
    </message>
    <message>
        <source>No tag checked: every command the event fires for.</source>
        <translation>Ninguna etiqueta marcada: todos los comandos para los que se dispara el evento.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) checked: %1</source>
        <translation>
            <numerusform>%n etiqueta marcada: %1</numerusform>
            <numerusform>%n etiquetas marcadas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConditionBuilder</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Comparison (old/new field)</source>
        <translation>Comparación (campo antiguo/nuevo)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Wrap In</source>
        <translation>&amp;Envolver en</translation>
    </message>
    <message>
        <source>Wrap In</source>
        <translation>Envolver en</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the node up among its siblings</source>
        <translation>Mover el nodo hacia arriba entre sus hermanos</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the node down among its siblings</source>
        <translation>Mover el nodo hacia abajo entre sus hermanos</translation>
    </message>
    <message>
        <source>No condition: the trigger fires for every row and statement. Add one with Add, or type it as text below.</source>
        <translation>Sin condición: el disparador se activa para cada fila y sentencia. Se puede añadir una con Añadir o escribirla como texto más abajo.</translation>
    </message>
    <message>
        <source>Select a node to edit it.</source>
        <translation>Seleccionar un nodo para editarlo.</translation>
    </message>
    <message>
        <source>Every comparison below must hold (they are and-ed).</source>
        <translation>Todas las comparaciones siguientes deben cumplirse (se combinan con AND).</translation>
    </message>
    <message>
        <source>Add Comparison</source>
        <translation>Añadir comparación</translation>
    </message>
    <message>
        <source>All of them hold (AND)</source>
        <translation>Se cumplen todas (AND)</translation>
    </message>
    <message>
        <source>At least one holds (OR)</source>
        <translation>Se cumple al menos una (OR)</translation>
    </message>
    <message>
        <source>Operands:</source>
        <translation>Operandos:</translation>
    </message>
    <message>
        <source>Holds when its operand does not.</source>
        <translation>Se cumple cuando su operando no se cumple.</translation>
    </message>
    <message>
        <source>The fields compared; none checked means every column</source>
        <translation>Los campos comparados; si no se marca ninguno, todas las columnas</translation>
    </message>
    <message>
        <source>Leave out automatic columns (timestamps set by the database)</source>
        <translation>Omitir las columnas automáticas (marcas de tiempo que establece la base de datos)</translation>
    </message>
    <message>
        <source>Fields (none: all):</source>
        <translation>Campos (ninguno: todos):</translation>
    </message>
    <message>
        <source>Except:</source>
        <translation>Excepto:</translation>
    </message>
    <message>
        <source>Holds when:</source>
        <translation>Se cumple cuando:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Campo:</translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation>Comparación:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Verdadero/falso</translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Nulo</translation>
    </message>
    <message>
        <source>List / JSON</source>
        <translation>Lista / JSON</translation>
    </message>
    <message>
        <source>Another field (F)</source>
        <translation>Otro campo (F)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>A boolean SQL expression over OLD and NEW:</source>
        <translation>Una expresión SQL booleana sobre OLD y NEW:</translation>
    </message>
    <message>
        <source>As text (design file JSON):</source>
        <translation>Como texto (JSON del archivo de diseño):</translation>
    </message>
    <message>
        <source>Rows of the transition tables where: %1</source>
        <translation>Filas de las tablas de transición donde: %1</translation>
    </message>
    <message>
        <source>Tested first in the function: %1</source>
        <translation>Se comprueba primero en la función: %1</translation>
    </message>
    <message>
        <source>Comparison in this group</source>
        <translation>Comparación en este grupo</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3%4 — the design keeps its last valid condition.</source>
        <translation>Línea %1, columna %2: %3%4 — el diseño conserva su última condición válida.</translation>
    </message>
    <message>
        <source>Edit Condition Text</source>
        <translation>Editar texto de la condición</translation>
    </message>
    <message>
        <source>Change Condition</source>
        <translation>Cambiar condición</translation>
    </message>
    <message>
        <source>Change Comparison</source>
        <translation>Cambiar comparación</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Wrap in %1</source>
        <translation>Envolver en %1</translation>
    </message>
    <message>
        <source>Delete Condition Node</source>
        <translation>Eliminar nodo de condición</translation>
    </message>
    <message>
        <source>Move Condition Node</source>
        <translation>Mover nodo de condición</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConditionTreeModel</name>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation>%1 es nulo</translation>
    </message>
    <message>
        <source>%1 is not null</source>
        <translation>%1 no es nulo</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source> (all columns)</source>
        <translation> (todas las columnas)</translation>
    </message>
    <message>
        <source>; except %1</source>
        <translation>; excepto %1</translation>
    </message>
    <message>
        <source>; except automatic columns</source>
        <translation>; excepto las columnas automáticas</translation>
    </message>
    <message>
        <source>SQL: %1</source>
        <translation>SQL: %1</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <source>is distinct from</source>
        <translation>es distinto de</translation>
    </message>
    <message>
        <source>is not distinct from</source>
        <translation>no es distinto de</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>está en</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>es nulo</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>contiene (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>coincide con la expresión regular</translation>
    </message>
    <message>
        <source>Any field changes</source>
        <translation>Cambia algún campo</translation>
    </message>
    <message>
        <source>Some field keeps its value</source>
        <translation>Algún campo conserva su valor</translation>
    </message>
    <message>
        <source>Every field changes</source>
        <translation>Cambian todos los campos</translation>
    </message>
    <message>
        <source>No field changes</source>
        <translation>No cambia ningún campo</translation>
    </message>
    <message>
        <source>All of these comparisons</source>
        <translation>Todas estas comparaciones</translation>
    </message>
    <message>
        <source>All of (AND)</source>
        <translation>Todas (AND)</translation>
    </message>
    <message>
        <source>Any of (OR)</source>
        <translation>Alguna (OR)</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Raw SQL</source>
        <translation>SQL directo</translation>
    </message>
    <message>
        <source>A row in another table</source>
        <translation>Una fila en otra tabla</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation>Conectar a una base de datos</translation>
    </message>
    <message>
        <source>host=db.example.com dbname=shop user=alice</source>
        <translation>host=db.example.com dbname=shop user=alice</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Protected (&amp;production)</source>
        <translation>Protegida (&amp;producción)</translation>
    </message>
    <message>
        <source>&amp;Remember as the last connection</source>
        <translation>&amp;Recordar como última conexión</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pr&amp;obar</translation>
    </message>
    <message>
        <source>Sa&amp;ved connections:</source>
        <translation>Cone&amp;xiones guardadas:</translation>
    </message>
    <message>
        <source>Save the fields under the name given, without the password</source>
        <translation>Guardar los campos con el nombre indicado, sin la contraseña</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>A host name, an IP address or a unix-socket directory</source>
        <translation>Un nombre de host, una dirección IP o un directorio de socket unix</translation>
    </message>
    <message>
        <source>same as the user</source>
        <translation>igual que el usuario</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>el nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>asked for when the server wants one</source>
        <translation>se pide cuando el servidor la requiere</translation>
    </message>
    <message>
        <source>Kept in memory until Trigon quits; never saved and never shown in the connection string. ~/.pgpass applies when empty.</source>
        <translation>Se conserva en memoria hasta que Trigon se cierre; nunca se guarda ni se muestra en la cadena de conexión. Si está vacía, se aplica ~/.pgpass.</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>predeterminado (prefer)</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>No cifrar nunca</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists</source>
        <translation>Cifrar solo si el servidor lo exige</translation>
    </message>
    <message>
        <source>Encrypt if the server can; libpq&apos;s default</source>
        <translation>Cifrar si el servidor puede; valor predeterminado de libpq</translation>
    </message>
    <message>
        <source>Always encrypt; do not check the server&apos;s certificate</source>
        <translation>Cifrar siempre; no comprobar el certificado del servidor</translation>
    </message>
    <message>
        <source>Always encrypt and check that a trusted authority signed the server&apos;s certificate</source>
        <translation>Cifrar siempre y comprobar que una autoridad de confianza firmó el certificado del servidor</translation>
    </message>
    <message>
        <source>Always encrypt, check the certificate and that it names the host</source>
        <translation>Cifrar siempre, comprobar el certificado y que su nombre coincida con el host</translation>
    </message>
    <message>
        <source>For production databases: deploying, uninstalling, enabling or disabling triggers on this connection waits until you type the database&apos;s name in the plan dialog.</source>
        <translation>Para bases de datos de producción: desplegar, desinstalar, habilitar o deshabilitar disparadores en esta conexión espera a que se escriba el nombre de la base de datos en el diálogo del plan.</translation>
    </message>
    <message>
        <source>Offered again the next time, never with its password</source>
        <translation>Se vuelve a ofrecer la próxima vez, nunca con su contraseña</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contr&amp;aseña:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <source>Connection s&amp;tring:</source>
        <translation>Cadena de conex&amp;ión:</translation>
    </message>
    <message>
        <source>Try the connection without leaving this dialog</source>
        <translation>Probar la conexión sin salir de este diálogo</translation>
    </message>
    <message>
        <source>sslmode “%1” is not one of %2</source>
        <translation>sslmode “%1” no es uno de %2</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (protegida)</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1” eliminada.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1</source>
        <translation>Conectado: PostgreSQL %1</translation>
    </message>
    <message>
        <source>The server wants a password: type it into the Password field and test again.</source>
        <translation>El servidor requiere una contraseña: escribirla en el campo Contraseña y volver a probar.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Key=value pairs or a postgresql:// URI, kept in step with the fields. What is left empty comes from PG* environment variables, pg_service.conf (service=NAME) and ~/.pgpass, as in psql.</source>
        <translation>Pares clave=valor o una URI postgresql://, sincronizados con los campos. Lo que quede vacío se toma de las variables de entorno PG*, de pg_service.conf (service=NAME) y de ~/.pgpass, como en psql.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConnectionController</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Sandbox created with the demo schema</source>
        <translation>Sandbox creado con el esquema de demostración</translation>
    </message>
    <message>
        <source>Sandbox started</source>
        <translation>Sandbox iniciado</translation>
    </message>
    <message>
        <source>Sandbox Unavailable</source>
        <translation>Sandbox no disponible</translation>
    </message>
    <message>
        <source>The sandbox database could not be started.

%1</source>
        <translation>No se pudo iniciar la base de datos sandbox.

%1</translation>
    </message>
    <message>
        <source>Sandbox database &apos;%1&apos; holds the copied schema</source>
        <translation>La base de datos sandbox &apos;%1&apos; contiene el esquema copiado</translation>
    </message>
    <message>
        <source>Seeding the Sandbox Failed</source>
        <translation>Error al inicializar el sandbox</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for %1 (kept until Trigon quits, never saved):</source>
        <translation>Contraseña de %1 (se conserva hasta que Trigon se cierre; nunca se guarda):</translation>
    </message>
    <message>
        <source>Connection Failed</source>
        <translation>Error de conexión</translation>
    </message>
    <message>
        <source>Could not connect to %1.

%2</source>
        <translation>No se pudo conectar a %1.

%2</translation>
    </message>
    <message>
        <source>Reset Sandbox</source>
        <translation>Restablecer sandbox</translation>
    </message>
    <message>
        <source>Delete everything in the sandbox database — your tables, triggers and rows — and start again with the demo schema?

Data folder: %1</source>
        <translation>¿Eliminar todo lo que hay en la base de datos sandbox —las tablas, los disparadores y las filas— y empezar de nuevo con el esquema de demostración?

Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Seed Sandbox from Connection</source>
        <translation>Inicializar el sandbox desde la conexión</translation>
    </message>
    <message>
        <source>Seed Sandbox</source>
        <translation>Inicializar sandbox</translation>
    </message>
    <message>
        <source>Copy the tables, views, types, functions and triggers of %1 — no rows — into the sandbox database:</source>
        <translation>Copiar las tablas, vistas, tipos, funciones y disparadores de %1 —sin filas— en la base de datos sandbox:</translation>
    </message>
    <message>
        <source>Replace Sandbox Database</source>
        <translation>Sustituir base de datos sandbox</translation>
    </message>
    <message>
        <source>The sandbox already has a database named &apos;%1&apos;. Replace it with a fresh copy of the schema? Its tables, triggers and rows are dropped.</source>
        <translation>El sandbox ya tiene una base de datos llamada &apos;%1&apos;. ¿Sustituirla por una copia nueva del esquema? Se eliminan sus tablas, disparadores y filas.</translation>
    </message>
    <message>
        <source>Stopping the sandbox…</source>
        <translation>Deteniendo el sandbox…</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ConnectionStatusWidget</name>
    <message>
        <source>Copy &amp;psql Command</source>
        <translation>Copiar comando &amp;psql</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (protegida)</translation>
    </message>
    <message>
        <source>Saved connection: %1</source>
        <translation>Conexión guardada: %1</translation>
    </message>
    <message>
        <source>Protected: changes to triggers ask for the database&apos;s name first</source>
        <translation>Protegida: los cambios en los disparadores piden antes el nombre de la base de datos</translation>
    </message>
    <message>
        <source>Click to copy a psql command for this database</source>
        <translation>Hacer clic para copiar un comando psql para esta base de datos</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeliveriesPane</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Read the outbox of the connected database again</source>
        <translation>Volver a leer el outbox de la base de datos conectada</translation>
    </message>
    <message>
        <source>Make the selected dead event pending again: the relay tries it from the start</source>
        <translation>Volver a poner pendiente el evento descartado seleccionado: el retransmisor lo intenta desde el principio</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Leyendo el outbox…</translation>
    </message>
    <message>
        <source>Retrying the event…</source>
        <translation>Reintentando el evento…</translation>
    </message>
    <message>
        <source>The event could not be retried: %1</source>
        <translation>No se pudo reintentar el evento: %1</translation>
    </message>
    <message>
        <source>The event is not dead any more: the relay or someone else retried it already.</source>
        <translation>El evento ya no está descartado: el retransmisor u otra persona ya lo ha reintentado.</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>No se pudo leer el outbox: %1</translation>
    </message>
    <message>
        <source>The outbox table does not exist in this database: deploy a design with an outbox action.</source>
        <translation>La tabla del outbox no existe en esta base de datos: desplegar un diseño con una acción outbox.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>El outbox está vacío.</translation>
    </message>
    <message>
        <source>Read at %1.</source>
        <translation>Leído a las %1.</translation>
    </message>
    <message>
        <source>Select an event to see its last error and payload.</source>
        <translation>Seleccionar un evento para ver su último error y su carga.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeployPane</name>
    <message>
        <source>Applied in one transaction.</source>
        <translation>Aplicado en una sola transacción.</translation>
    </message>
    <message>
        <source>Uninstall Triggers</source>
        <translation>Desinstalar disparadores</translation>
    </message>
    <message>
        <source>Enable Triggers</source>
        <translation>Habilitar disparadores</translation>
    </message>
    <message>
        <source>Disable Triggers</source>
        <translation>Deshabilitar disparadores</translation>
    </message>
    <message>
        <source>Check &amp;Status</source>
        <translation>Comprobar &amp;estado</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Desplegar…</translation>
    </message>
    <message>
        <source>Run &amp;All Tests</source>
        <translation>Ejecutar &amp;todas las pruebas</translation>
    </message>
    <message>
        <source>Run &amp;Selected Tests</source>
        <translation>Ejecutar pruebas &amp;seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Desha&amp;bilitar</translation>
    </message>
    <message>
        <source>&amp;Uninstall…</source>
        <translation>Des&amp;instalar…</translation>
    </message>
    <message>
        <source>Drop orphans</source>
        <translation>Eliminar huérfanos</translation>
    </message>
    <message>
        <source>Compare the designs with what the database holds</source>
        <translation>Comparar los diseños con lo que contiene la base de datos</translation>
    </message>
    <message>
        <source>Show the plan that brings the database to the designs, then apply it in one transaction</source>
        <translation>Mostrar el plan que lleva la base de datos al estado de los diseños y luego aplicarlo en una sola transacción</translation>
    </message>
    <message>
        <source>Run every test case of the design; nothing stays behind</source>
        <translation>Ejecutar todos los casos de prueba del diseño; no queda nada en la base de datos</translation>
    </message>
    <message>
        <source>Run the selected cases, or all cases of the selected triggers</source>
        <translation>Ejecutar los casos seleccionados, o todos los casos de los disparadores seleccionados</translation>
    </message>
    <message>
        <source>Switch the selected triggers on in the database</source>
        <translation>Habilitar los disparadores seleccionados en la base de datos</translation>
    </message>
    <message>
        <source>Switch the selected triggers off in the database</source>
        <translation>Deshabilitar los disparadores seleccionados en la base de datos</translation>
    </message>
    <message>
        <source>Drop the selected triggers, and their functions, from the database (only what Trigon made)</source>
        <translation>Eliminar de la base de datos los disparadores seleccionados y sus funciones (solo lo que creó Trigon)</translation>
    </message>
    <message>
        <source>Deploy also drops orphans: triggers Trigon made that no design of this file names</source>
        <translation>El despliegue también elimina los huérfanos: disparadores creados por Trigon que ningún diseño de este archivo nombra</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What deploys and operations did, with the server&apos;s errors.</source>
        <translation>Lo que hicieron los despliegues y las operaciones, con los errores del servidor.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Protected: destructive steps need the database name.</source>
        <translation>Protegida: los pasos destructivos requieren el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Checking the status…</source>
        <translation>Comprobando el estado…</translation>
    </message>
    <message>
        <source>Everything is installed as designed.</source>
        <translation>Todo está instalado según el diseño.</translation>
    </message>
    <message>
        <source>Some triggers differ from the design.</source>
        <translation>Algunos disparadores difieren del diseño.</translation>
    </message>
    <message>
        <source>The status could not be read.</source>
        <translation>No se pudo leer el estado.</translation>
    </message>
    <message>
        <source>Status failed: %1</source>
        <translation>Error al comprobar el estado: %1</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Making the plan…</source>
        <translation>Elaborando el plan…</translation>
    </message>
    <message>
        <source>No plan could be made.</source>
        <translation>No se pudo elaborar un plan.</translation>
    </message>
    <message>
        <source>%1: no plan could be made: %2</source>
        <translation>%1: no se pudo elaborar un plan: %2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada que hacer.</translation>
    </message>
    <message>
        <source>%1: nothing to do.</source>
        <translation>%1: nada que hacer.</translation>
    </message>
    <message>
        <source>Waiting for the plan to be applied…</source>
        <translation>Esperando a que se aplique el plan…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was run.</source>
        <translation>Cancelado; no se ejecutó nada.</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was run.</source>
        <translation>%1: cancelado, no se ejecutó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: applying %n step(s)…</source>
        <translation>
            <numerusform>%1: aplicando %n paso…</numerusform>
            <numerusform>%1: aplicando %n pasos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection closed before the plan was applied; nothing was run.</source>
        <translation>La conexión se cerró antes de aplicar el plan; no se ejecutó nada.</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>Aplicando el plan…</translation>
    </message>
    <message>
        <source> [destructive]</source>
        <translation> [destructivo]</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Aplicado.</translation>
    </message>
    <message>
        <source>Not applied; see the log.</source>
        <translation>No aplicado; consultar el registro.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n test case(s)…</source>
        <translation>
            <numerusform>Ejecutando %n caso de prueba…</numerusform>
            <numerusform>Ejecutando %n casos de prueba…</numerusform>
        </translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Prueba %1</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) passed, %1 failed</source>
        <translation>
            <numerusform>%n caso de prueba superado; con errores: %1</numerusform>
            <numerusform>%n casos de prueba superados; con errores: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(event trigger)</source>
        <translation>(disparador de eventos)</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DeployPlanDialog</name>
    <message>
        <source>In one transaction: %1.</source>
        <translation>En una sola transacción: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) are destructive.</source>
        <translation>
            <numerusform>%n paso es destructivo.</numerusform>
            <numerusform>%n pasos son destructivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Destructive: needs confirmation</source>
        <translation>Destructivo: requiere confirmación</translation>
    </message>
    <message>
        <source>plpgsql_check found errors; fix them first:</source>
        <translation>plpgsql_check encontró errores; corregirlos primero:</translation>
    </message>
    <message>
        <source>plpgsql_check&apos;s findings:</source>
        <translation>Resultados de plpgsql_check:</translation>
    </message>
    <message>
        <source>The script, between BEGIN and COMMIT:</source>
        <translation>El script, entre BEGIN y COMMIT:</translation>
    </message>
    <message>
        <source>Apply the destructive steps (a dropped trigger, or a change made by hand, is lost)</source>
        <translation>Aplicar los pasos destructivos (se pierde un disparador eliminado o un cambio hecho a mano)</translation>
    </message>
    <message>
        <source>This connection is protected. Type the database name, &lt;b&gt;%1&lt;/b&gt;, to apply the destructive steps:</source>
        <translation>Esta conexión está protegida. Escribir el nombre de la base de datos, &lt;b&gt;%1&lt;/b&gt;, para aplicar los pasos destructivos:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>&amp;Copiar script</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>sustituir</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renombrar</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>habilitar</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>deshabilitar</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>installed as designed</source>
        <translation>instalado según el diseño</translation>
    </message>
    <message>
        <source>not installed yet</source>
        <translation>aún no instalado</translation>
    </message>
    <message>
        <source>installed differently</source>
        <translation>instalado de otra forma</translation>
    </message>
    <message>
        <source>installed under another name</source>
        <translation>instalado con otro nombre</translation>
    </message>
    <message>
        <source>installed disabled</source>
        <translation>instalado deshabilitado</translation>
    </message>
    <message>
        <source>installed enabled</source>
        <translation>instalado habilitado</translation>
    </message>
    <message>
        <source>uninstalled on request</source>
        <translation>desinstalado a petición</translation>
    </message>
    <message>
        <source>(event trigger)</source>
        <translation>(disparador de eventos)</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignController</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Add Trigger %1</source>
        <translation>Añadir disparador %1</translation>
    </message>
    <message>
        <source>Delete Trigger %1</source>
        <translation>Eliminar disparador %1</translation>
    </message>
    <message>
        <source>Add Event Trigger %1</source>
        <translation>Añadir disparador de eventos %1</translation>
    </message>
    <message>
        <source>Delete Event Trigger %1</source>
        <translation>Eliminar disparador de eventos %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignFileWatcher</name>
    <message>
        <source>%1 was removed or renamed on disk; Save writes it again.</source>
        <translation>%1 se eliminó o se renombró en el disco; Guardar lo vuelve a escribir.</translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read (%2); the open design is kept.</source>
        <translation>%1 cambió en el disco pero no se puede leer (%2); se mantiene el diseño abierto.</translation>
    </message>
    <message>
        <source>Design Changed on Disk</source>
        <translation>Diseño modificado en el disco</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>Otro programa modificó %1.</translation>
    </message>
    <message>
        <source>Reload it and lose your unsaved changes, or keep your version (saving it then replaces the file&apos;s new contents)?</source>
        <translation>¿Recargarlo y perder los cambios sin guardar, o conservar la versión abierta (al guardarla, sustituirá el contenido nuevo del archivo)?</translation>
    </message>
    <message>
        <source>The design could not be read again: %1</source>
        <translation>No se pudo volver a leer el diseño: %1</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk.</source>
        <translation>%1 recargado: cambió en el disco.</translation>
    </message>
    <message>
        <source>Kept your changes to %1; saving replaces the file&apos;s new contents.</source>
        <translation>Se conservaron los cambios en %1; al guardar se sustituye el contenido nuevo del archivo.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 %2 on %3, for each %4</source>
        <translation>%1 %2 en %3, FOR EACH %4</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DesignListPane</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a trigger to the design (%1)</source>
        <translation>Añadir un disparador al diseño (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>New Event Trigger from &amp;Preset</source>
        <translation>Nuevo disparador de eventos desde &amp;plantilla</translation>
    </message>
    <message>
        <source>Event triggers</source>
        <translation>Disparadores de eventos</translation>
    </message>
    <message>
        <source>Add &amp;Event Trigger</source>
        <translation>Añadir disparador de &amp;eventos</translation>
    </message>
    <message>
        <source>Add an event trigger, which fires on DDL commands</source>
        <translation>Añadir un disparador de eventos, que se dispara con comandos DDL</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>DDL events (notify on trigon_ddl)</source>
        <translation>Eventos DDL (notificar en trigon_ddl)</translation>
    </message>
    <message>
        <source>Forbid DROP SCHEMA</source>
        <translation>Prohibir DROP SCHEMA</translation>
    </message>
    <message>
        <source>Log schema changes</source>
        <translation>Registrar cambios de esquema</translation>
    </message>
    <message>
        <source>Attach new tables</source>
        <translation>Asociar tablas nuevas</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>acción %1</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>prueba %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DocumentFiles</name>
    <message>
        <source>Trigon designs (*.trigon.json *.json);;All files (*)</source>
        <translation>Diseños de Trigon (*.trigon.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Abrir diseño</translation>
    </message>
    <message>
        <source>Cannot Open Design</source>
        <translation>No se puede abrir el diseño</translation>
    </message>
    <message>
        <source>The design could not be read:

%1</source>
        <translation>No se pudo leer el diseño:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>%1 could not be written:

%2</source>
        <translation>No se pudo escribir %1:

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Guardar diseño como</translation>
    </message>
    <message>
        <source>Export SQL Script</source>
        <translation>Exportar script SQL</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>Scripts SQL (*.sql);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <source>an untitled design</source>
        <translation>un diseño sin título</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar trabajo no guardado</translation>
    </message>
    <message>
        <source>Trigon did not quit normally. Recover the unsaved changes to %1 from %2?</source>
        <translation>Trigon no se cerró correctamente. ¿Recuperar los cambios no guardados de %1 desde %2?</translation>
    </message>
</context>
<context>
    <name>trigon::ui::DocumentationWindow</name>
    <message>
        <source>Trigon Documentation</source>
        <translation>Documentación de Trigon</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventActionForm</name>
    <message>
        <source>Add an action: what the event trigger does.</source>
        <translation>Añadir una acción: lo que hace el disparador de eventos.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventActionsEditor</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Añadir acción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Quitar acción</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate Action</source>
        <translation>Duplicar acción</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Run this action earlier</source>
        <translation>Ejecutar esta acción antes</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Run this action later</source>
        <translation>Ejecutar esta acción después</translation>
    </message>
    <message>
        <source>Add %1 Action</source>
        <translation>Añadir acción %1</translation>
    </message>
    <message>
        <source>Move Action</source>
        <translation>Mover acción</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventModel</name>
    <message>
        <source>— gap —</source>
        <translation>— interrupción —</translation>
    </message>
    <message>
        <source>%1 s not listening since %2: notifications sent then are lost (%3)</source>
        <translation>%1 s sin escuchar desde las %2: se perdieron las notificaciones enviadas en ese intervalo (%3)</translation>
    </message>
    <message>
        <source>(dropped: the buffer is full)</source>
        <translation>(descartado: el búfer está lleno)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventRateGraph</name>
    <message>
        <source>%L1/s</source>
        <translation>%L1/s</translation>
    </message>
    <message>
        <source>Events per second over the last minute: %1 over the last %2 seconds, at most %3</source>
        <translation>Eventos por segundo en el último minuto: %1 en los últimos %2 segundos, como máximo %3</translation>
    </message>
    <message>
        <source>−%1 s</source>
        <translation>−%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventTriggerForm</name>
    <message>
        <source>forbid_drop_schema</source>
        <translation>forbid_drop_schema</translation>
    </message>
    <message>
        <source>Rename Event Trigger</source>
        <translation>Renombrar disparador de eventos</translation>
    </message>
    <message>
        <source>Change Event</source>
        <translation>Cambiar evento</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Cambiar etiquetas</translation>
    </message>
    <message>
        <source>Enabled (origin)</source>
        <translation>Habilitado (origen)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Replica only</source>
        <translation>Solo en réplicas</translation>
    </message>
    <message>
        <source>Always (also on replicas)</source>
        <translation>Siempre (también en réplicas)</translation>
    </message>
    <message>
        <source>Change Enabled State</source>
        <translation>Cambiar estado de habilitación</translation>
    </message>
    <message>
        <source>Change Comment</source>
        <translation>Cambiar comentario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>E&amp;vento:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>&amp;Enabled:</source>
        <translation>&amp;Habilitado:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>trigon::ui::EventTriggerListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>On %1, for every command</source>
        <translation>En %1, para cada comando</translation>
    </message>
    <message>
        <source>On %1, when the tag is %2</source>
        <translation>En %1, cuando la etiqueta es %2</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ExistsEditor</name>
    <message>
        <source>schema.table</source>
        <translation>esquema.tabla</translation>
    </message>
    <message>
        <source>Its column</source>
        <translation>Su columna</translation>
    </message>
    <message>
        <source>equals this row&apos;s</source>
        <translation>es igual a la de esta fila</translation>
    </message>
    <message>
        <source>Add Match</source>
        <translation>Añadir coincidencia</translation>
    </message>
    <message>
        <source>Remove Match</source>
        <translation>Quitar coincidencia</translation>
    </message>
    <message>
        <source>other.frozen AND other.region = &apos;eu&apos;</source>
        <translation>other.frozen AND other.region = &apos;eu&apos;</translation>
    </message>
    <message>
        <source>Holds when the other table has a row (called &quot;other&quot;) whose columns equal these of the trigger&apos;s row. WHEN cannot read other tables: Trigon tests this in the function. Wrap it in Not for &quot;has no such row&quot;.</source>
        <translation>Se cumple cuando la otra tabla tiene una fila (llamada &quot;other&quot;) cuyas columnas son iguales a estas de la fila del disparador. WHEN no puede leer otras tablas: Trigon lo comprueba en la función. Para &quot;no tiene tal fila&quot;, envolverla en No.</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <source>Matching:</source>
        <translation>Coincidencias:</translation>
    </message>
    <message>
        <source>A&amp;lso:</source>
        <translation>&amp;Además:</translation>
    </message>
</context>
<context>
    <name>trigon::ui::FiringTimeline</name>
    <message>
        <source>BEFORE statement</source>
        <translation>BEFORE por sentencia</translation>
    </message>
    <message>
        <source>BEFORE row</source>
        <translation>BEFORE por fila</translation>
    </message>
    <message>
        <source>INSTEAD OF row</source>
        <translation>INSTEAD OF por fila</translation>
    </message>
    <message>
        <source>Row change</source>
        <translation>Cambio de fila</translation>
    </message>
    <message>
        <source>AFTER row</source>
        <translation>AFTER por fila</translation>
    </message>
    <message>
        <source>AFTER statement</source>
        <translation>AFTER por sentencia</translation>
    </message>
    <message>
        <source>At commit</source>
        <translation>Al confirmar</translation>
    </message>
    <message>
        <source>The row is inserted</source>
        <translation>Se inserta la fila</translation>
    </message>
    <message>
        <source>The row is updated</source>
        <translation>Se actualiza la fila</translation>
    </message>
    <message>
        <source>The row is deleted</source>
        <translation>Se borra la fila</translation>
    </message>
    <message>
        <source>The table is truncated</source>
        <translation>Se vacía la tabla</translation>
    </message>
    <message>
        <source>designed</source>
        <translation>diseñado</translation>
    </message>
    <message>
        <source>installed in the database</source>
        <translation>instalado en la base de datos</translation>
    </message>
    <message>
        <source>skipped when %1 stops the row</source>
        <translation>se omite cuando %1 detiene la fila</translation>
    </message>
    <message>
        <source>may stop the row: later BEFORE triggers are skipped</source>
        <translation>puede detener la fila: los disparadores BEFORE posteriores se omiten</translation>
    </message>
</context>
<context>
    <name>trigon::ui::FsmPage</name>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Add Transition</source>
        <translation>Añadir transición</translation>
    </message>
    <message>
        <source>Remove Transition</source>
        <translation>Quitar transición</translation>
    </message>
    <message>
        <source>a message naming the column and both states</source>
        <translation>un mensaje que nombra la columna y ambos estados</translation>
    </message>
    <message>
        <source>An UPDATE that changes the column must follow a transition.</source>
        <translation>Un UPDATE que cambia la columna debe seguir una transición.</translation>
    </message>
    <message>
        <source>State column:</source>
        <translation>Columna de estado:</translation>
    </message>
    <message>
        <source>Transitions:</source>
        <translation>Transiciones:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>State machine</source>
        <translation>Máquina de estados</translation>
    </message>
    <message numerus="yes">
        <source>State machine on %1 (%n transition(s))</source>
        <translation>
            <numerusform>Máquina de estados en %1 (%n transición)</numerusform>
            <numerusform>Máquina de estados en %1 (%n transiciones)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::FunctionPicker</name>
    <message>
        <source>Generated from the actions</source>
        <translation>Generada a partir de las acciones</translation>
    </message>
    <message>
        <source>Trigon generates the trigger&apos;s function from its actions.</source>
        <translation>Trigon genera la función del disparador a partir de sus acciones.</translation>
    </message>
    <message>
        <source>%1() is not in the catalog: status and deploy check that it exists.</source>
        <translation>%1() no está en el catálogo: el estado y el despliegue comprueban que exista.</translation>
    </message>
    <message>
        <source>%1(), %2: executed with the trigger&apos;s arguments; Trigon neither creates nor drops it.</source>
        <translation>%1(), %2: se ejecuta con los argumentos del disparador; Trigon no la crea ni la elimina.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From nothing to a tested trigger&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;A database.&lt;/b&gt; &lt;i&gt;Database ▸ Open Sandbox Database&lt;/i&gt; starts a private PostgreSQL with a small demo shop; &lt;i&gt;Database ▸ Connect…&lt;/i&gt; opens your own. The &lt;i&gt;Catalog&lt;/i&gt; pane lists its tables and triggers.&lt;/li&gt;&lt;li&gt;&lt;b&gt;A trigger.&lt;/b&gt; Right-click a table in the catalog, or &lt;i&gt;Edit ▸ Add&lt;/i&gt;. The form in the middle holds timing, events and level; options PostgreSQL would refuse are disabled, and their tooltip says why.&lt;/li&gt;&lt;li&gt;&lt;b&gt;When it fires.&lt;/b&gt; The &lt;i&gt;Condition&lt;/i&gt; pane builds the WHEN condition: a field changed, comparisons of OLD and NEW, a row in another table, or raw SQL.&lt;/li&gt;&lt;li&gt;&lt;b&gt;What it does.&lt;/b&gt; The &lt;i&gt;Actions&lt;/i&gt; pane: protect, soft delete, audit, notify, validate, custom PL/pgSQL and more, or a preset.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; The &lt;i&gt;SQL Preview&lt;/i&gt; shows the script as you type; the &lt;i&gt;Diagnostics&lt;/i&gt; pane lists what the server would refuse (double-click one to go to the field).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deploy and test.&lt;/b&gt; In &lt;i&gt;Deploy and Test&lt;/i&gt;, &lt;i&gt;Check Status&lt;/i&gt; compares the design with the database and &lt;i&gt;Deploy&lt;/i&gt; shows the plan first, then installs it in one transaction. Test cases, written in the editor beside the test bench, run with nothing left behind.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keep it.&lt;/b&gt; &lt;i&gt;File ▸ Save&lt;/i&gt; writes the design as JSON for git; &lt;code&gt;trigon-cli&lt;/code&gt; lints, deploys and tests the same file in CI.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every edit can be undone; unsaved work is kept and offered back after a crash.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;De la nada a un disparador probado&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Una base de datos.&lt;/b&gt; &lt;i&gt;Base de datos ▸ Abrir base de datos sandbox&lt;/i&gt; inicia un PostgreSQL privado con una pequeña tienda de ejemplo; &lt;i&gt;Base de datos ▸ Conectar…&lt;/i&gt; abre la suya. El panel &lt;i&gt;Catálogo&lt;/i&gt; lista sus tablas y disparadores.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Un disparador.&lt;/b&gt; Hacer clic derecho en una tabla del catálogo, o &lt;i&gt;Editar ▸ Añadir&lt;/i&gt;. El formulario del centro contiene el momento, los eventos y el nivel; las opciones que PostgreSQL rechazaría aparecen deshabilitadas y su información emergente explica por qué.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cuándo se dispara.&lt;/b&gt; El panel &lt;i&gt;Condición&lt;/i&gt; construye la condición WHEN: un campo que cambia, comparaciones de OLD y NEW, una fila en otra tabla o SQL directo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Qué hace.&lt;/b&gt; El panel &lt;i&gt;Acciones&lt;/i&gt;: proteger, borrado lógico, auditoría, notificar, validar, PL/pgSQL personalizado y más, o una plantilla.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Comprobar.&lt;/b&gt; La &lt;i&gt;Vista previa SQL&lt;/i&gt; muestra el script mientras se escribe; el panel &lt;i&gt;Diagnósticos&lt;/i&gt; lista lo que el servidor rechazaría (doble clic en uno para ir al campo).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Desplegar y probar.&lt;/b&gt; En &lt;i&gt;Desplegar y probar&lt;/i&gt;, &lt;i&gt;Comprobar estado&lt;/i&gt; compara el diseño con la base de datos y &lt;i&gt;Desplegar&lt;/i&gt; muestra primero el plan y después lo instala en una sola transacción. Los casos de prueba, escritos en el editor junto al banco de pruebas, se ejecutan sin dejar nada atrás.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Conservarlo.&lt;/b&gt; &lt;i&gt;Archivo ▸ Guardar&lt;/i&gt; escribe el diseño como JSON para git; &lt;code&gt;trigon-cli&lt;/code&gt; comprueba, despliega y prueba el mismo archivo en CI.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Cada edición se puede deshacer; el trabajo sin guardar se conserva y se ofrece de nuevo tras un fallo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trigon::ui::GraphvizLayout</name>
    <message>
        <source>The DOT text could not be read.</source>
        <translation>No se pudo leer el texto DOT.</translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out.</source>
        <translation>Graphviz no pudo distribuir el grafo.</translation>
    </message>
    <message>
        <source>Graphviz could not render the graph as SVG.</source>
        <translation>Graphviz no pudo generar el grafo como SVG.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::InsertPage</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Insert one row into another table each time.</source>
        <translation>Insertar una fila en otra tabla cada vez.</translation>
    </message>
    <message>
        <source>Into table:</source>
        <translation>En la tabla:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Valores:</translation>
    </message>
    <message>
        <source>Insert into a table</source>
        <translation>Insertar en una tabla</translation>
    </message>
    <message>
        <source>Insert into %1</source>
        <translation>Insertar en %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::JsonTreeModel</name>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>nulo</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>cadena</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>arreglo</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>objeto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>trigon::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Design</source>
        <translation>&amp;Nuevo diseño</translation>
    </message>
    <message>
        <source>&amp;Open Design…</source>
        <translation>&amp;Abrir diseño…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export SQL Script…</source>
        <translation>&amp;Exportar script SQL…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Preview the &amp;Whole File</source>
        <translation>&amp;Vista previa de todo el archivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Trigon will use the new language when it starts again.</source>
        <translation>Trigon usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Open &amp;Sandbox Database</source>
        <translation>Abrir base de datos &amp;sandbox</translation>
    </message>
    <message>
        <source>S&amp;eed Sandbox from Connection…</source>
        <translation>&amp;Inicializar sandbox desde una conexión…</translation>
    </message>
    <message>
        <source>Re&amp;load Catalog</source>
        <translation>&amp;Recargar catálogo</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Reset Sandbox…</source>
        <translation>Res&amp;tablecer sandbox…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Trigon</source>
        <translation>&amp;Acerca de Trigon</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Trigon</source>
        <translation>Acerca de Trigon</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trigon %1&lt;/h3&gt;&lt;p&gt;Design, preview, deploy and test PostgreSQL triggers.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla %3.&lt;/p&gt;&lt;p&gt;Trigon is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trigon %1&lt;/h3&gt;&lt;p&gt;Diseñar, previsualizar, desplegar y probar disparadores de PostgreSQL.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 y QScintilla %3.&lt;/p&gt;&lt;p&gt;Trigon es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
</context>
<context>
    <name>trigon::ui::MainWindow</name>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Diseños</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>SQL Preview</source>
        <translation>Vista previa SQL</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Deploy and Test</source>
        <translation>Desplegar y probar</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Conexión perdida: %1</translation>
    </message>
    <message>
        <source>Trigon</source>
        <translation>Trigon</translation>
    </message>
    <message>
        <source>%1[*] — Trigon</source>
        <translation>%1[*] — Trigon</translation>
    </message>
    <message>
        <source>This design has no triggers yet.
Add one with Edit ▸ Add, or right-click a table in the catalog.</source>
        <translation>Este diseño aún no tiene disparadores.
Para añadir uno, usar Editar ▸ Añadir o hacer clic derecho en una tabla del catálogo.</translation>
    </message>
    <message>
        <source>Select a trigger in the Designs pane.</source>
        <translation>Seleccionar un disparador en el panel Diseños.</translation>
    </message>
    <message>
        <source>Diagnostics (%1, %2)</source>
        <translation>Diagnósticos (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascada</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>&amp;Maximize Panel</source>
        <translation>&amp;Maximizar panel</translation>
    </message>
    <message>
        <source>Click into a panel first, then maximize it.</source>
        <translation>Haga clic primero en un panel y luego maximícelo.</translation>
    </message>
    <message>
        <source>The status of the designs could not be read.</source>
        <translation>No se pudo leer el estado de los diseños.</translation>
    </message>
    <message>
        <source>Every trigger of the design is installed as designed.</source>
        <translation>Todos los disparadores del diseño están instalados tal como se diseñaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s) differ from the design: see Deploy and Test.</source>
        <translation>
            <numerusform>%n disparador difiere del diseño: vea Desplegar y probar.</numerusform>
            <numerusform>%n disparadores difieren del diseño: vea Desplegar y probar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
</context>
<context>
    <name>trigon::ui::MonitorPane</name>
    <message>
        <source>Connection lost, reconnecting: notifications sent meanwhile are lost</source>
        <translation>Conexión perdida, reconectando: las notificaciones enviadas mientras tanto se pierden</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Cannot connect, retrying in %1 s: %2</source>
        <translation>No se puede conectar, reintentando en %1 s: %2</translation>
    </message>
    <message>
        <source>Cannot listen on “%1”: %2</source>
        <translation>No se puede escuchar en “%1”: %2</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>%L1 in buffer</source>
        <translation>%L1 en el búfer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop the table from moving; events keep arriving in the buffer (Ctrl+.)</source>
        <translation>Detener el desplazamiento de la tabla; los eventos siguen llegando al búfer (Ctrl+.)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Buffer as JSON Lines…</source>
        <translation>Búfer como JSON Lines…</translation>
    </message>
    <message>
        <source>Buffer as CSV…</source>
        <translation>Búfer como CSV…</translation>
    </message>
    <message>
        <source>Selection as JSON Lines…</source>
        <translation>Selección como JSON Lines…</translation>
    </message>
    <message>
        <source>Selection as CSV…</source>
        <translation>Selección como CSV…</translation>
    </message>
    <message>
        <source>DDL Events</source>
        <translation>Eventos DDL</translation>
    </message>
    <message>
        <source>Show schema changes live, through an event trigger</source>
        <translation>Mostrar los cambios de esquema en vivo, mediante un disparador de eventos</translation>
    </message>
    <message>
        <source>Install Event Trigger…</source>
        <translation>Instalar disparador de eventos…</translation>
    </message>
    <message>
        <source>Remove Event Trigger…</source>
        <translation>Quitar disparador de eventos…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nombre del canal</translation>
    </message>
    <message>
        <source>Names are taken literally: case, spaces and quotes count</source>
        <translation>Los nombres se toman literalmente: cuentan mayúsculas, espacios y comillas</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Stop Listening</source>
        <translation>Dejar de escuchar</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtrar texto</translation>
    </message>
    <message>
        <source>JSON field = value, e.g. op=DELETE or new.id=42</source>
        <translation>Campo JSON = valor, p. ej. op=DELETE o new.id=42</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Server Messages</source>
        <translation>Mensajes del servidor</translation>
    </message>
    <message>
        <source>Select an event to see its payload</source>
        <translation>Seleccionar un evento para ver su carga</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Server Messages (%L1)</source>
        <translation>Mensajes del servidor (%L1)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>%L1 waiting</source>
        <translation>%L1 en espera</translation>
    </message>
    <message>
        <source>%L1 dropped</source>
        <translation>%L1 descartados</translation>
    </message>
    <message>
        <source>The buffer keeps the newest %L1 events; older ones are dropped</source>
        <translation>El búfer conserva los %L1 eventos más recientes; los más antiguos se descartan</translation>
    </message>
    <message>
        <source>Write field=value, e.g. op=INSERT</source>
        <translation>Escribir campo=valor, p. ej. op=INSERT</translation>
    </message>
    <message>
        <source>Dropped: the buffer is full</source>
        <translation>Descartado: el búfer está lleno</translation>
    </message>
    <message>
        <source>This event made room for newer ones:
the buffer keeps the newest %L1 events.

Its row leaves the table at the next update.</source>
        <translation>Este evento dejó sitio a otros más recientes:
el búfer conserva los %L1 eventos más recientes.

Su fila sale de la tabla en la próxima actualización.</translation>
    </message>
    <message>
        <source>Gap: not listening from %1 to %2</source>
        <translation>Hueco: sin escuchar desde %1 hasta %2</translation>
    </message>
    <message>
        <source>The listening session was lost: %1

Notifications committed while it was reconnecting were delivered to nobody and cannot be recovered.</source>
        <translation>Se perdió la sesión de escucha: %1

Las notificaciones confirmadas mientras se reconectaba no se entregaron a nadie y no se pueden recuperar.</translation>
    </message>
    <message>
        <source>%1 · pid %2 · %3 · %4</source>
        <translation>%1 · pid %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Buffer Size</source>
        <translation>Tamaño del búfer</translation>
    </message>
    <message>
        <source>Keep the newest events (older ones are dropped and counted).
Each takes about 50 bytes plus its payload.</source>
        <translation>Conservar los eventos más recientes (los más antiguos se descartan y se cuentan).
Cada uno ocupa unos 50 bytes más su carga.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Events exported to %1: %L2</source>
        <translation>Eventos exportados a %1: %L2</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.ndjson)</source>
        <translation>Archivos JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation>Conectar primero a una base de datos.</translation>
    </message>
    <message>
        <source>DDL events</source>
        <translation>Eventos DDL</translation>
    </message>
    <message>
        <source>Cannot check the DDL event trigger: %1</source>
        <translation>No se puede comprobar el disparador de eventos DDL: %1</translation>
    </message>
    <message>
        <source>Only a superuser can create event triggers, and %1 is not one. Connect as a superuser to install DDL events in %2, or ask one to do it.</source>
        <translation>Solo un superusuario puede crear disparadores de eventos, y %1 no lo es. Conectar como superusuario para instalar los eventos DDL en %2, o pedírselo a uno.</translation>
    </message>
    <message>
        <source>The DDL event trigger is not installed in %1.</source>
        <translation>El disparador de eventos DDL no está instalado en %1.</translation>
    </message>
    <message>
        <source>Remove the DDL event trigger and its function from database %1?</source>
        <translation>¿Quitar el disparador de eventos DDL y su función de la base de datos %1?</translation>
    </message>
    <message>
        <source>Cannot install the DDL event trigger: %1</source>
        <translation>No se puede instalar el disparador de eventos DDL: %1</translation>
    </message>
    <message>
        <source>Cannot remove the DDL event trigger: %1</source>
        <translation>No se puede quitar el disparador de eventos DDL: %1</translation>
    </message>
    <message>
        <source>DDL events installed in %1: schema changes arrive on channel %2.</source>
        <translation>Eventos DDL instalados en %1: los cambios de esquema llegan por el canal %2.</translation>
    </message>
    <message>
        <source>DDL events removed from %1.</source>
        <translation>Eventos DDL quitados de %1.</translation>
    </message>
    <message>
        <source>Copy Payload</source>
        <translation>Copiar carga</translation>
    </message>
    <message>
        <source>Copy as JSON Lines</source>
        <translation>Copiar como JSON Lines</translation>
    </message>
    <message>
        <source>Export Selection as JSON Lines…</source>
        <translation>Exportar selección como JSON Lines…</translation>
    </message>
    <message>
        <source>Buffer Size…</source>
        <translation>Tamaño del búfer…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Connected, listening on no channel yet (backend pid %1)</source>
        <translation>Conectado, aún sin escuchar en ningún canal (pid del backend %1)</translation>
    </message>
    <message>
        <source>Listening on %1 (backend pid %2)</source>
        <translation>Escuchando en %1 (pid del backend %2)</translation>
    </message>
    <message>
        <source>The design notifies on:</source>
        <translation>El diseño notifica en:</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Listen on “%1”, which the open design notifies on</source>
        <translation>Escuchar en “%1”, en el que notifica el diseño abierto</translation>
    </message>
    <message>
        <source>Install an event trigger in database %1?

It creates the event triggers trigon_ddl_command_end and trigon_sql_drop with their functions: the DDL events preset of the event-trigger designer. Every schema change in this database, by anyone, then sends a notification on channel %2.</source>
        <translation>¿Instalar un disparador de eventos en la base de datos %1?

Crea los disparadores de eventos trigon_ddl_command_end y trigon_sql_drop con sus funciones: la plantilla de eventos DDL del diseñador de disparadores de eventos. A partir de entonces, cada cambio de esquema en esta base de datos, lo haga quien lo haga, envía una notificación en el canal %2.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::NotifyPage</name>
    <message>
        <source>Send a short notice instead (truncated)</source>
        <translation>Enviar un aviso breve en su lugar (truncado)</translation>
    </message>
    <message>
        <source>Skip the notification, with a warning</source>
        <translation>Omitir la notificación, con una advertencia</translation>
    </message>
    <message>
        <source>Fail the statement</source>
        <translation>Hacer fallar la sentencia</translation>
    </message>
    <message>
        <source>pg_notify() with a JSON payload, sent when the transaction commits.</source>
        <translation>pg_notify() con una carga JSON, enviada cuando la transacción se confirma.</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Carga:</translation>
    </message>
    <message>
        <source>Over 8000 bytes:</source>
        <translation>Más de 8000 bytes:</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message numerus="yes">
        <source>Notify on &quot;%1&quot; (%n key(s))</source>
        <translation>
            <numerusform>Notificar en &quot;%1&quot; (%n clave)</numerusform>
            <numerusform>Notificar en &quot;%1&quot; (%n claves)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::OutboxPage</name>
    <message>
        <source>No target of this file has this name: only Debezium or another reader of trigon.outbox will deliver these events.</source>
        <translation>Ningún destino de este archivo tiene este nombre: solo Debezium u otro lector de trigon.outbox entregará estos eventos.</translation>
    </message>
    <message>
        <source>&lt;table&gt;.&lt;insert|update|delete&gt;</source>
        <translation>&lt;table&gt;.&lt;insert|update|delete&gt;</translation>
    </message>
    <message>
        <source>Empty: the table&apos;s name and the operation, as in &quot;orders.update&quot;</source>
        <translation>Vacío: el nombre de la tabla y la operación, como en &quot;orders.update&quot;</translation>
    </message>
    <message>
        <source>The events of one key are delivered in the order they were written</source>
        <translation>Los eventos de una misma clave se entregan en el orden en que se escribieron</translation>
    </message>
    <message>
        <source>Writes an event into trigon.outbox in the same transaction; trigon-cli relay delivers it once the transaction has committed.</source>
        <translation>Escribe un evento en trigon.outbox en la misma transacción; trigon-cli relay lo entrega una vez confirmada la transacción.</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>Event type:</source>
        <translation>Tipo de evento:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Carga:</translation>
    </message>
    <message>
        <source>Outbox event</source>
        <translation>Evento de outbox</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(sin destino)</translation>
    </message>
    <message>
        <source>Outbox → %1: &lt;table&gt;.&lt;operation&gt;</source>
        <translation>Outbox → %1: &lt;table&gt;.&lt;operation&gt;</translation>
    </message>
    <message>
        <source>Outbox → %1: %2</source>
        <translation>Outbox → %1: %2</translation>
    </message>
</context>
<context>
    <name>trigon::ui::OutboxProblemsModel</name>
    <message>
        <source>Dead</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con fallos</translation>
    </message>
    <message>
        <source>The relay gave up on this event: retry it once the target works again</source>
        <translation>El retransmisor renunció a este evento: reintentarlo cuando el destino vuelva a funcionar</translation>
    </message>
    <message>
        <source>The relay tries this event again</source>
        <translation>El retransmisor vuelve a intentar este evento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>trigon::ui::OutboxTargetsModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Pendiente más antiguo</translation>
    </message>
</context>
<context>
    <name>trigon::ui::PayloadEditor</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valor desde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>NEW column</source>
        <translation>Columna NEW</translation>
    </message>
    <message>
        <source>OLD column</source>
        <translation>Columna OLD</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>Fila completa</translation>
    </message>
    <message>
        <source>TG_ variable</source>
        <translation>Variable TG_</translation>
    </message>
    <message>
        <source>now()</source>
        <translation>now()</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Parámetro de configuración</translation>
    </message>
    <message>
        <source>SQL expression</source>
        <translation>Expresión SQL</translation>
    </message>
    <message>
        <source>JSON literal</source>
        <translation>Literal JSON</translation>
    </message>
    <message>
        <source>DDL field</source>
        <translation>Campo DDL</translation>
    </message>
</context>
<context>
    <name>trigon::ui::PostgresLexer</name>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Line comment</source>
        <translation>Comentario de línea</translation>
    </message>
    <message>
        <source>Block comment</source>
        <translation>Comentario de bloque</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>Nombre de tipo</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Quoted identifier</source>
        <translation>Identificador entre comillas</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Dollar-quoted string</source>
        <translation>Cadena entre dólares</translation>
    </message>
    <message>
        <source>Function body delimiter</source>
        <translation>Delimitador del cuerpo de función</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Table or column</source>
        <translation>Tabla o columna</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ProtectPage</name>
    <message>
        <source>&lt;operation&gt; on &lt;table&gt; is not allowed</source>
        <translation>&lt;operación&gt; en &lt;tabla&gt; no está permitido</translation>
    </message>
    <message>
        <source>Raise an error: the statement and its transaction fail.</source>
        <translation>Lanzar un error: la sentencia y su transacción fallan.</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>SQLSTATE:</source>
        <translation>SQLSTATE:</translation>
    </message>
    <message>
        <source>Protect (raise an error)</source>
        <translation>Proteger (lanzar un error)</translation>
    </message>
    <message>
        <source>Protect: refuse the change</source>
        <translation>Proteger: rechazar el cambio</translation>
    </message>
    <message>
        <source>Protect: &quot;%1&quot;</source>
        <translation>Proteger: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>trigon::ui::PythonPage</name>
    <message>
        <source>The whole trigger function in PL/Python (plpython3u): the row is TD[&quot;new&quot;] and TD[&quot;old&quot;], the database is plpy. Return &quot;MODIFY&quot; after changing TD[&quot;new&quot;], &quot;SKIP&quot; to skip the row, or nothing. It is the trigger&apos;s only action.</source>
        <translation>Toda la función de disparador en PL/Python (plpython3u): la fila es TD[&quot;new&quot;] y TD[&quot;old&quot;], la base de datos es plpy. Devolver &quot;MODIFY&quot; tras cambiar TD[&quot;new&quot;], &quot;SKIP&quot; para omitir la fila, o nada. Es la única acción del disparador.</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>PL/Python function</source>
        <translation>Función PL/Python</translation>
    </message>
    <message numerus="yes">
        <source>PL/Python (%n line(s))</source>
        <translation>
            <numerusform>PL/Python (%n línea)</numerusform>
            <numerusform>PL/Python (%n líneas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::SandboxController</name>
    <message>
        <source>Starting the sandbox PostgreSQL server…</source>
        <translation>Iniciando el servidor PostgreSQL del sandbox…</translation>
    </message>
    <message>
        <source>Resetting the sandbox…</source>
        <translation>Restableciendo el sandbox…</translation>
    </message>
    <message>
        <source>Seeding sandbox database &apos;%1&apos;: %2…</source>
        <translation>Inicializando la base de datos del sandbox &apos;%1&apos;: %2…</translation>
    </message>
    <message>
        <source>Seeding the sandbox database &apos;%1&apos; from %2 failed while %3.

%4</source>
        <translation>La inicialización de la base de datos del sandbox &apos;%1&apos; desde %2 falló durante el paso: %3.

%4</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>el origen</translation>
    </message>
</context>
<context>
    <name>trigon::ui::Session</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La cadena de conexión no es válida: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>%1 %2@%3 — PostgreSQL %4.%5</source>
        <translation>%1 %2@%3 — PostgreSQL %4.%5</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Sandbox:</translation>
    </message>
    <message>
        <source>Connected:</source>
        <translation>Conectado:</translation>
    </message>
</context>
<context>
    <name>trigon::ui::SetTimestampPage</name>
    <message>
        <source>NEW.column := now() for each checked column.</source>
        <translation>NEW.column := now() para cada columna marcada.</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Set timestamp</source>
        <translation>Establecer marca de tiempo</translation>
    </message>
    <message>
        <source>Set timestamp: %1</source>
        <translation>Establecer marca de tiempo: %1</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>trigon::ui::SoftDeletePage</name>
    <message>
        <source>A JSON value (true, 1, &quot;deleted&quot;) or plain text</source>
        <translation>Un valor JSON (true, 1, &quot;deleted&quot;) o texto simple</translation>
    </message>
    <message>
        <source>Turn a DELETE into an UPDATE that marks the row.</source>
        <translation>Convertir un DELETE en un UPDATE que marca la fila.</translation>
    </message>
    <message>
        <source>Flag column:</source>
        <translation>Columna indicadora:</translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation>Establecer a:</translation>
    </message>
    <message>
        <source>Key columns:</source>
        <translation>Columnas clave:</translation>
    </message>
    <message>
        <source>Soft delete</source>
        <translation>Borrado lógico</translation>
    </message>
    <message>
        <source>Soft delete: set %1 instead of deleting</source>
        <translation>Borrado lógico: establecer %1 en lugar de borrar</translation>
    </message>
</context>
<context>
    <name>trigon::ui::SqlPage</name>
    <message>
        <source>Custom PL/pgSQL, run as its own block.</source>
        <translation>PL/pgSQL personalizado, ejecutado como su propio bloque.</translation>
    </message>
    <message>
        <source>DECLARE:</source>
        <translation>DECLARE:</translation>
    </message>
    <message>
        <source>BEGIN … END:</source>
        <translation>BEGIN … END:</translation>
    </message>
    <message>
        <source>Custom PL/pgSQL</source>
        <translation>PL/pgSQL personalizado</translation>
    </message>
    <message numerus="yes">
        <source>Custom PL/pgSQL (%n line(s))</source>
        <translation>
            <numerusform>PL/pgSQL personalizado (%n línea)</numerusform>
            <numerusform>PL/pgSQL personalizado (%n líneas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::SqlPreview</name>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <source>Show the script that installs the triggers</source>
        <translation>Mostrar el script que instala los disparadores</translation>
    </message>
    <message>
        <source>&amp;Uninstall</source>
        <translation>&amp;Desinstalar</translation>
    </message>
    <message>
        <source>Show the script that removes the triggers</source>
        <translation>Mostrar el script que quita los disparadores</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selection, or the whole script when nothing is selected</source>
        <translation>Copiar la selección, o todo el script si no hay nada seleccionado</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <source>Save the script to a file</source>
        <translation>Guardar el script en un archivo</translation>
    </message>
    <message>
        <source>Save SQL Script</source>
        <translation>Guardar script SQL</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>Scripts SQL (*.sql);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>No se pudo guardar el script en %1: %2</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TablesDialog</name>
    <message>
        <source>Pick by &amp;rule</source>
        <translation>Elegir por &amp;regla</translation>
    </message>
    <message>
        <source>Tables of %1</source>
        <translation>Tablas de %1</translation>
    </message>
    <message>
        <source>The rule is saved with the design: trigon-cli attach applies it again, and status names the tables it picks that the design lacks (a table created later).</source>
        <translation>La regla se guarda con el diseño: trigon-cli attach la vuelve a aplicar, y el estado nombra las tablas que elige y que faltan en el diseño (una tabla creada después).</translation>
    </message>
    <message>
        <source>A glob: * stands for any run of characters, ? for one.</source>
        <translation>Un patrón glob: * representa cualquier secuencia de caracteres, ? uno solo.</translation>
    </message>
    <message>
        <source>audit_log, schema_migrations</source>
        <translation>audit_log, schema_migrations</translation>
    </message>
    <message>
        <source>last_update</source>
        <translation>last_update</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation>&amp;Patrón de nombre:</translation>
    </message>
    <message>
        <source>E&amp;xcept:</source>
        <translation>E&amp;xcepto:</translation>
    </message>
    <message>
        <source>With &amp;column:</source>
        <translation>Con &amp;columna:</translation>
    </message>
    <message>
        <source>Filter tables</source>
        <translation>Filtrar tablas</translation>
    </message>
    <message>
        <source>Not connected: only the design&apos;s own tables are listed. Connect to pick others from the catalog.</source>
        <translation>No conectado: solo se listan las tablas propias del diseño. Conectar para elegir otras del catálogo.</translation>
    </message>
    <message>
        <source>No table picked: the design needs at least one.</source>
        <translation>Ninguna tabla elegida: el diseño necesita al menos una.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) picked, one trigger on each, one shared function.</source>
        <translation>
            <numerusform>%n tabla elegida, un disparador en cada una, una función compartida.</numerusform>
            <numerusform>%n tablas elegidas, un disparador en cada una, una función compartida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trigon::ui::TestBenchView</name>
    <message>
        <source>(nothing on either side)
</source>
        <translation>(nada en ningún lado)
</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Expected and actual</source>
        <translation>Esperado y obtenido</translation>
    </message>
    <message>
        <source>Lines marked - were expected and did not happen; lines marked + happened instead.</source>
        <translation>Las líneas marcadas con - se esperaban y no ocurrieron; las marcadas con + ocurrieron en su lugar.</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>Triggers fired, in order</source>
        <translation>Disparadores ejecutados, en orden</translation>
    </message>
    <message>
        <source>None of the design&apos;s triggers fired.</source>
        <translation>No se ejecutó ninguno de los disparadores del diseño.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Run a test case to see what it expected, what happened, and which triggers fired.</source>
        <translation>Ejecutar un caso de prueba para ver qué esperaba, qué ocurrió y qué disparadores se ejecutaron.</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>ejecutando…</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>sin ejecutar</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%1 de %2 correctos</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n test case(s). Double-click a trigger to run all of its cases, or a case to run it alone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n caso de prueba. Doble clic en un disparador para ejecutar todos sus casos, o en un caso para ejecutarlo solo.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n casos de prueba. Doble clic en un disparador para ejecutar todos sus casos, o en un caso para ejecutarlo solo.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Not run yet. Double-click the case to run it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún sin ejecutar. Doble clic en el caso para ejecutarlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Número de filas</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Triggers fired</source>
        <translation>Disparadores activados</translation>
    </message>
    <message>
        <source>&lt;p&gt;No trigger of this design has test cases yet. Choose a trigger and press Add in the test case editor to make one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún disparador de este diseño tiene aún casos de prueba. Elegir un disparador y pulsar Añadir en el editor de casos de prueba para crear uno.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TestCaseEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Record from Run</source>
        <translation>Registrar desde la ejecución</translation>
    </message>
    <message>
        <source>Add a test case to this trigger (Ins in the list)</source>
        <translation>Añadir un caso de prueba a este disparador (Ins en la lista)</translation>
    </message>
    <message>
        <source>Add a copy of the selected case (Ctrl+D in the list)</source>
        <translation>Añadir una copia del caso seleccionado (Ctrl+D en la lista)</translation>
    </message>
    <message>
        <source>Delete the selected case (Del in the list)</source>
        <translation>Eliminar el caso seleccionado (Supr en la lista)</translation>
    </message>
    <message>
        <source>Run the selected case in the test bench; nothing stays behind</source>
        <translation>Ejecutar el caso seleccionado en el banco de pruebas; no queda nada en la base de datos</translation>
    </message>
    <message>
        <source>Make what the case&apos;s last run did its expectations: the rows its queries returned, the notifications sent and the triggers that fired</source>
        <translation>Convertir lo que hizo la última ejecución del caso en sus expectativas: las filas que devolvieron sus consultas, las notificaciones enviadas y los disparadores que se activaron</translation>
    </message>
    <message>
        <source>Choose a trigger in Designs to edit its test cases.</source>
        <translation>Elegir un disparador en Diseños para editar sus casos de prueba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 has no test cases yet: Add makes one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2 aún no tiene casos de prueba: Añadir crea uno.</translation>
    </message>
    <message>
        <source>Test cases of &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Casos de prueba de &lt;b&gt;%1&lt;/b&gt; en %2</translation>
    </message>
    <message>
        <source>new case</source>
        <translation>caso nuevo</translation>
    </message>
    <message>
        <source>new case %1</source>
        <translation>caso nuevo %1</translation>
    </message>
    <message>
        <source>Add Test Case %1</source>
        <translation>Añadir caso de prueba %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Duplicate Test Case %1</source>
        <translation>Duplicar caso de prueba %1</translation>
    </message>
    <message>
        <source>Delete Test Case %1</source>
        <translation>Eliminar caso de prueba %1</translation>
    </message>
    <message>
        <source>Record Test Case %1 from Run</source>
        <translation>Registrar caso de prueba %1 desde la ejecución</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TestCaseForm</name>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>SQL run before the action, such as the rows it works on; row counts are taken after it</source>
        <translation>SQL que se ejecuta antes de la acción, como las filas con las que trabaja; los recuentos de filas se toman después</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>The SQL whose effects are checked: the triggers fire during it</source>
        <translation>El SQL cuyos efectos se comprueban: los disparadores se activan durante su ejecución</translation>
    </message>
    <message>
        <source>none; trigger names, separated by commas</source>
        <translation>ninguno; nombres de disparadores separados por comas</translation>
    </message>
    <message>
        <source>Triggers the case skips through trigon.bypass() after the setup (their designs need Bypass switched on)</source>
        <translation>Disparadores que el caso omite mediante trigon.bypass() tras la preparación (sus diseños deben tener activada la omisión)</translation>
    </message>
    <message>
        <source>bypass</source>
        <translation>omisión</translation>
    </message>
    <message>
        <source>One text per line, found in some notice the action raises</source>
        <translation>Un texto por línea, que debe aparecer en algún aviso que emita la acción</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>Check which design triggers fire, in this order:</source>
        <translation>Comprobar qué disparadores del diseño se activan, en este orden:</translation>
    </message>
    <message>
        <source>One trigger name per line, once per firing; empty: none fires</source>
        <translation>Un nombre de disparador por línea, una vez por activación; vacío: no se activa ninguno</translation>
    </message>
    <message>
        <source>triggers fired</source>
        <translation>disparadores activados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expectations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Expectativas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Setup:</source>
        <translation>&amp;Preparación:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Bypass:</source>
        <translation>&amp;Omisión:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Query rows:</source>
        <translation>Filas de consultas:</translation>
    </message>
    <message>
        <source>Row counts:</source>
        <translation>Recuentos de filas:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source>No&amp;tices:</source>
        <translation>A&amp;visos:</translation>
    </message>
    <message>
        <source>Fired:</source>
        <translation>Activados:</translation>
    </message>
    <message>
        <source>Must succeed</source>
        <translation>Debe ejecutarse correctamente</translation>
    </message>
    <message>
        <source>Must fail</source>
        <translation>Debe fallar</translation>
    </message>
    <message>
        <source>with a message containing (any)</source>
        <translation>con un mensaje que contenga (cualquiera)</translation>
    </message>
    <message>
        <source>SQLSTATE (any)</source>
        <translation>SQLSTATE (cualquiera)</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>error message</source>
        <translation>mensaje de error</translation>
    </message>
    <message>
        <source>SQLSTATE</source>
        <translation>SQLSTATE</translation>
    </message>
    <message>
        <source>Add Query</source>
        <translation>Añadir consulta</translation>
    </message>
    <message>
        <source>Check the rows a query returns after the action</source>
        <translation>Comprobar las filas que devuelve una consulta después de la acción</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>Remove Query</source>
        <translation>Quitar consulta</translation>
    </message>
    <message>
        <source>Stop checking this query</source>
        <translation>Dejar de comprobar esta consulta</translation>
    </message>
    <message>
        <source>SELECT id, status FROM orders ORDER BY id</source>
        <translation>SELECT id, status FROM orders ORDER BY id</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>The rows the query returns, in order, as PostgreSQL writes them (t and f for booleans)</source>
        <translation>Las filas que devuelve la consulta, en orden, tal como las escribe PostgreSQL (t y f para los booleanos)</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Expect one more row</source>
        <translation>Esperar una fila más</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <source>Expect one more column</source>
        <translation>Esperar una columna más</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <source>Remove the selected column</source>
        <translation>Quitar la columna seleccionada</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>How the number of rows of a table changes: +1, 0, -2</source>
        <translation>Cómo cambia el número de filas de una tabla: +1, 0, -2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Check how a table&apos;s row count changes</source>
        <translation>Comprobar cómo cambia el número de filas de una tabla</translation>
    </message>
    <message>
        <source>row counts</source>
        <translation>recuentos de filas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row count</source>
        <translation>Quitar el recuento de filas seleccionado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payload fields (JSON)</source>
        <translation>Campos de la carga (JSON)</translation>
    </message>
    <message>
        <source>A notification on the channel whose JSON payload holds these fields with these values; other fields may be there too</source>
        <translation>Una notificación en el canal cuya carga JSON contiene estos campos con estos valores; también puede haber otros campos</translation>
    </message>
    <message>
        <source>Expect a notification</source>
        <translation>Esperar una notificación</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>notificaciones</translation>
    </message>
    <message>
        <source>Remove the selected notification</source>
        <translation>Quitar la notificación seleccionada</translation>
    </message>
    <message>
        <source>The payload fields must be a JSON object, such as {&quot;op&quot;: &quot;INSERT&quot;}; &quot;%1&quot; was not kept.</source>
        <translation>Los campos de la carga deben ser un objeto JSON, como {&quot;op&quot;: &quot;INSERT&quot;}; no se conservó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Edit Test Case %1 (%2)</source>
        <translation>Editar caso de prueba %1 (%2)</translation>
    </message>
    <message>
        <source>query rows</source>
        <translation>filas de la consulta</translation>
    </message>
    <message>
        <source>Query %1 (no SQL yet)</source>
        <translation>Consulta %1 (aún sin SQL)</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Consulta %1: %2</translation>
    </message>
    <message>
        <source>No query is checked</source>
        <translation>No se comprueba ninguna consulta</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TriggerForm</name>
    <message>
        <source>orders_protect_paid</source>
        <translation>orders_protect_paid</translation>
    </message>
    <message>
        <source>Rename Trigger</source>
        <translation>Renombrar disparador</translation>
    </message>
    <message>
        <source>Change Table</source>
        <translation>Cambiar tabla</translation>
    </message>
    <message>
        <source>&amp;Tables…</source>
        <translation>Ta&amp;blas…</translation>
    </message>
    <message>
        <source>Put this trigger on several tables, sharing one function, or pick its tables by a rule.</source>
        <translation>Poner este disparador en varias tablas, compartiendo una función, o elegir sus tablas mediante una regla.</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Antes</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>Des&amp;pués</translation>
    </message>
    <message>
        <source>&amp;Instead of</source>
        <translation>En &amp;lugar de</translation>
    </message>
    <message>
        <source>Change Timing</source>
        <translation>Cambiar momento</translation>
    </message>
    <message>
        <source>I&amp;NSERT</source>
        <translation>I&amp;NSERT</translation>
    </message>
    <message>
        <source>&amp;UPDATE</source>
        <translation>&amp;UPDATE</translation>
    </message>
    <message>
        <source>&amp;DELETE</source>
        <translation>&amp;DELETE</translation>
    </message>
    <message>
        <source>&amp;TRUNCATE</source>
        <translation>&amp;TRUNCATE</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>Quitar evento</translation>
    </message>
    <message>
        <source>Change UPDATE OF Columns</source>
        <translation>Cambiar columnas de UPDATE OF</translation>
    </message>
    <message>
        <source>For each &amp;row</source>
        <translation>Para cada &amp;fila</translation>
    </message>
    <message>
        <source>For each &amp;statement</source>
        <translation>Para cada &amp;sentencia</translation>
    </message>
    <message>
        <source>Change Level</source>
        <translation>Cambiar nivel</translation>
    </message>
    <message>
        <source>not referenced</source>
        <translation>sin referencia</translation>
    </message>
    <message>
        <source>Change OLD TABLE</source>
        <translation>Cambiar OLD TABLE</translation>
    </message>
    <message>
        <source>Change NEW TABLE</source>
        <translation>Cambiar NEW TABLE</translation>
    </message>
    <message>
        <source>OLD TABLE AS</source>
        <translation>OLD TABLE AS</translation>
    </message>
    <message>
        <source>NEW TABLE AS</source>
        <translation>NEW TABLE AS</translation>
    </message>
    <message>
        <source>C&amp;onstraint trigger</source>
        <translation>Disparador de &amp;restricción</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <translation>Diferible</translation>
    </message>
    <message>
        <source>Initially deferred</source>
        <translation>Inicialmente diferido</translation>
    </message>
    <message>
        <source>schema.referenced_table (optional)</source>
        <translation>esquema.tabla_referenciada (opcional)</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>Make Constraint Trigger</source>
        <translation>Convertir en disparador de restricción</translation>
    </message>
    <message>
        <source>Make Plain Trigger</source>
        <translation>Convertir en disparador normal</translation>
    </message>
    <message>
        <source>Change Deferrable</source>
        <translation>Cambiar diferible</translation>
    </message>
    <message>
        <source>Change Initially Deferred</source>
        <translation>Cambiar inicialmente diferido</translation>
    </message>
    <message>
        <source>Change Referenced Table</source>
        <translation>Cambiar tabla referenciada</translation>
    </message>
    <message>
        <source>Enabled (origin)</source>
        <translation>Habilitado (origen)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Replica only</source>
        <translation>Solo en réplicas</translation>
    </message>
    <message>
        <source>Always (also on replicas)</source>
        <translation>Siempre (también en réplicas)</translation>
    </message>
    <message>
        <source>Change Enabled State</source>
        <translation>Cambiar estado de habilitación</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Allowed, logged to trigon.bypass_log</source>
        <translation>Permitido, registrado en trigon.bypass_log</translation>
    </message>
    <message>
        <source>Allowed, reported as a NOTICE</source>
        <translation>Permitido, notificado como NOTICE</translation>
    </message>
    <message>
        <source>Change Bypass</source>
        <translation>Cambiar omisión</translation>
    </message>
    <message>
        <source>Change Function</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <source>Change Comment</source>
        <translation>Cambiar comentario</translation>
    </message>
    <message>
        <source>One argument per line (TG_ARGV)</source>
        <translation>Un argumento por línea (TG_ARGV)</translation>
    </message>
    <message>
        <source>Change Arguments</source>
        <translation>Cambiar argumentos</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>The table&apos;s columns as the design knows them. Auto columns are maintained by the database (exclude_auto leaves them out of change conditions); key columns pair OLD and NEW rows of statement-level triggers.</source>
        <translation>Las columnas de la tabla tal como las conoce el diseño. Las columnas automáticas las mantiene la base de datos (exclude_auto las deja fuera de las condiciones de cambio); las columnas clave emparejan las filas OLD y NEW de los disparadores de nivel de sentencia.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>From Catalog</source>
        <translation>Del catálogo</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Añadir columna</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>UPDATE &amp;OF:</source>
        <translation>UPDATE &amp;OF:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Referencing:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <source>&amp;Enabled:</source>
        <translation>&amp;Habilitado:</translation>
    </message>
    <message>
        <source>B&amp;ypass:</source>
        <translation>&amp;Omisión:</translation>
    </message>
    <message>
        <source>E&amp;xecutes:</source>
        <translation>E&amp;jecuta:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>Ar&amp;gumentos:</translation>
    </message>
    <message>
        <source>Table columns:</source>
        <translation>Columnas de la tabla:</translation>
    </message>
    <message>
        <source>Change Tables</source>
        <translation>Cambiar tablas</translation>
    </message>
    <message>
        <source>Columns from Catalog</source>
        <translation>Columnas del catálogo</translation>
    </message>
    <message>
        <source>Change Column</source>
        <translation>Cambiar columna</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s): </source>
        <translation>
            <numerusform>%n tabla: </numerusform>
            <numerusform>%n tablas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source> (by rule)</source>
        <translation> (por regla)</translation>
    </message>
    <message>
        <source>INSTEAD OF triggers are only for views; %1 is a table.</source>
        <translation>Los disparadores INSTEAD OF son solo para vistas; %1 es una tabla.</translation>
    </message>
    <message>
        <source>On a view, BEFORE and AFTER triggers must be FOR EACH STATEMENT.</source>
        <translation>En una vista, los disparadores BEFORE y AFTER deben ser FOR EACH STATEMENT.</translation>
    </message>
    <message>
        <source>Fire only when an UPDATE names one of these columns in its SET list.</source>
        <translation>Activar solo cuando un UPDATE nombra una de estas columnas en su lista SET.</translation>
    </message>
    <message>
        <source>A name for the rows before the statement (a transition table).</source>
        <translation>Un nombre para las filas anteriores a la sentencia (una tabla de transición).</translation>
    </message>
    <message>
        <source>A name for the rows after the statement (a transition table).</source>
        <translation>Un nombre para las filas posteriores a la sentencia (una tabla de transición).</translation>
    </message>
    <message>
        <source>AFTER ... FOR EACH ROW triggers that can be deferred to the end of the transaction.</source>
        <translation>Disparadores AFTER ... FOR EACH ROW que pueden diferirse hasta el final de la transacción.</translation>
    </message>
    <message>
        <source>Whether a transaction may skip this trigger on purpose with SELECT trigon.bypass(&apos;name&apos;, &apos;reason&apos;), until it ends; and whether each such skip is logged to the table trigon.bypass_log or reported to the client as a NOTICE.</source>
        <translation>Si una transacción puede omitir este disparador a propósito con SELECT trigon.bypass(&apos;nombre&apos;, &apos;motivo&apos;), hasta que termine; y si cada omisión se registra en la tabla trigon.bypass_log o se notifica al cliente como NOTICE.</translation>
    </message>
</context>
<context>
    <name>trigon::ui::TriggerState</name>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>replica only</source>
        <translation>solo réplica</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
</context>
<context>
    <name>trigon::ui::ValidatePage</name>
    <message>
        <source>SQL expression</source>
        <translation>Expresión SQL</translation>
    </message>
    <message>
        <source>Condition (design-file JSON)</source>
        <translation>Condición (JSON del archivo de diseño)</translation>
    </message>
    <message>
        <source>The statement fails with the message when the check is false (NULL passes).</source>
        <translation>La sentencia falla con el mensaje cuando la comprobación es falsa (NULL la supera).</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Comprobación:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>SQLSTATE:</source>
        <translation>SQLSTATE:</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Validate: &quot;%1&quot;</source>
        <translation>Validar: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>trigon::ui::WelcomePage</name>
    <message>
        <source>Open Sandbox Database</source>
        <translation>Abrir base de datos sandbox</translation>
    </message>
    <message>
        <source>Connect to a Database…</source>
        <translation>Conectar a una base de datos…</translation>
    </message>
    <message>
        <source>Trigon</source>
        <translation>Trigon</translation>
    </message>
    <message>
        <source>Design PostgreSQL triggers, see their SQL as you build them, then deploy and test them against a real database.</source>
        <translation>Diseñar disparadores de PostgreSQL, ver su SQL mientras se construyen y luego desplegarlos y probarlos contra una base de datos real.</translation>
    </message>
    <message>
        <source>No server of your own? The sandbox is a private PostgreSQL with a small demo shop (customers, products, orders, an audit table) that stays on this computer.</source>
        <translation>¿Sin servidor propio? El sandbox es un PostgreSQL privado con una pequeña tienda de demostración (clientes, productos, pedidos, una tabla de auditoría) que se queda en este equipo.</translation>
    </message>
    <message>
        <source>Reconnect: %1</source>
        <translation>Reconectar: %1</translation>
    </message>
    <message>
        <source>New to Trigon? The way from a database to a tested trigger (F1)</source>
        <translation>¿Nuevo en Trigon? El camino de una base de datos a un disparador probado (F1)</translation>
    </message>
    <message>
        <source>Recent designs</source>
        <translation>Diseños recientes</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>%1 is not there any more</source>
        <translation>%1 ya no existe</translation>
    </message>
</context>
</TS>
