package com.videopipeline.security;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * What a console user may do through Jolokia. A viewer reads attributes and calls only operations that read by JMX
 * naming convention ({@code get*}, {@code is*}, {@code dump*}, {@code list*}, {@code browse*}...); an admin may also
 * write attributes and call any operation. Nobody sees what can carry secrets from the command line or the
 * environment: the JVM's system properties and arguments, and the diagnostic command MBean (which prints both).
 */
final class ConsoleAccessPolicy {

    /** Who is asking. */
    enum Access { NONE, VIEWER, ADMIN }

    private static final Pattern READ_ONLY_OPERATION =
            Pattern.compile("^(get|is|has|can|dump|list|browse|count|find|query|explain)([A-Z].*)?$");

    /** MBeans left out of the console altogether. */
    private static final Set<String> HIDDEN = Set.of("com.sun.management:type=DiagnosticCommand");

    /** Attributes nobody reads: -D options and program arguments (--pipeline.api.key=...) show up there. */
    private static final Map<String, Set<String>> SECRET_ATTRIBUTES = Map.of(
            "java.lang:type=Runtime", Set.of("SystemProperties", "InputArguments"));

    boolean isHidden(ObjectName name) {
        return HIDDEN.contains(name.getCanonicalName());
    }

    boolean mayRead(Access access, ObjectName name, String attribute) {
        if (access == Access.NONE || isHidden(name)) {
            return false;
        }
        if (attribute == null) {
            return true;
        }
        return !SECRET_ATTRIBUTES.getOrDefault(name.getCanonicalName(), Set.of()).contains(attribute);
    }

    boolean mayWrite(Access access, ObjectName name) {
        return access == Access.ADMIN && !isHidden(name);
    }

    /** {@code operation} as Jolokia passes it: a name, perhaps with its signature in brackets. */
    boolean mayInvoke(Access access, ObjectName name, String operation) {
        if (access == Access.NONE || isHidden(name)) {
            return false;
        }
        return access == Access.ADMIN || READ_ONLY_OPERATION.matcher(baseName(operation)).matches();
    }

    private static String baseName(String operation) {
        int bracket = operation.indexOf('(');
        return (bracket < 0 ? operation : operation.substring(0, bracket)).strip();
    }
}
