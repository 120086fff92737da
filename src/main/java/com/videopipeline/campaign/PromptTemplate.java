package com.videopipeline.campaign;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign's prompt with {@code {{variables}}}. Only whole variables are replaced; anything else in double braces
 * is an error when the file is read, so a typo never reaches a provider as literal text.
 */
record PromptTemplate(String text) {

    static final String NAME = "[A-Za-z][A-Za-z0-9_-]{0,39}";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*(" + NAME + ")\\s*}}");

    /** The variables the template uses, in order of first use. */
    Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Why the template cannot be expanded as written (braces that are not a variable), or null. */
    String problem() {
        String rest = VARIABLE.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            return "has '{{' or '}}' that is not a variable; write {{name}} with a letter first, then letters,"
                    + " digits, '_' or '-'";
        }
        return null;
    }

    /** The prompt with every variable replaced; every variable used must have a value. */
    String expand(Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
