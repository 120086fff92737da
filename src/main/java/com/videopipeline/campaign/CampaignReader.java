package com.videopipeline.campaign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.videopipeline.budget.BudgetSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one campaign file strictly: unknown keys, undefined or unused template variables, empty matrix values, a bad
 * cron expression or time zone are errors naming the file and the field, never silent defaults.
 */
final class CampaignReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern VARIABLE = Pattern.compile(PromptTemplate.NAME);
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("name", "description", "enabled", "schedule",
            "prompt", "matrix", "variables", "defaults", "targets", "budget-usd", "budget"));

    private CampaignReader() {
    }

    /** The campaign in {@code content}, read from {@code file}; throws with every problem found. */
    static Campaign read(Path file, String content, Instant now) {
        List<String> problems = new ArrayList<>();
        JsonNode root = parse(content, problems);
        if (root == null) {
            throw new InvalidCampaignException(file, problems);
        }
        CampaignFields fields = new CampaignFields("", root, problems);
        fields.allowOnly(KEYS);
        String name = fields.text("name", true);
        if (name != null && !NAME.matcher(name).matches()) {
            fields.problem("name", "'" + name + "' must be 1-63 lower-case letters, digits or '-', starting with a"
                    + " letter or digit (it names batches, tags and the schedule)");
        }
        if (!fields.has("schedule")) {
            fields.problem("schedule", "is missing (give at least schedule.cron)");
        }
        CampaignSchedule schedule = CampaignSections.schedule(fields.section("schedule"), now);
        CampaignDefaults defaults = CampaignSections.defaults(fields.section("defaults"));
        List<String> targets = CampaignSections.targets(fields);
        BudgetSpec budget = CampaignBudget.read(fields);
        List<CampaignEntry> entries = entries(name, fields, defaults);
        if (!problems.isEmpty()) {
            throw new InvalidCampaignException(file, problems);
        }
        return new Campaign(name, !Boolean.FALSE.equals(fields.flag("enabled")), schedule, defaults, entries,
                targets, budget, file);
    }

    private static JsonNode parse(String content, List<String> problems) {
        try {
            JsonNode root = YAML.readTree(content);
            if (root == null || root.isMissingNode() || !root.isObject()) {
                problems.add("must be a mapping with name, schedule, prompt and the other keys of a campaign");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add("not valid YAML (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
            return null;
        }
    }

    private static List<CampaignEntry> entries(String name, CampaignFields fields, CampaignDefaults defaults) {
        PromptTemplate prompt = prompt(fields);
        CampaignMatrix matrix = matrix(fields.section("matrix"));
        Map<String, String> constants = constants(fields.section("variables"));
        if (name == null || prompt == null || matrix == null || constants == null) {
            return List.of();
        }
        return CampaignExpansion.entries(name, prompt, matrix, constants, defaults.style(), fields);
    }

    private static PromptTemplate prompt(CampaignFields fields) {
        String text = fields.text("prompt", true);
        PromptTemplate prompt = text == null ? null : new PromptTemplate(text);
        String problem = prompt == null ? null : prompt.problem();
        if (problem != null) {
            fields.problem("prompt", problem);
            return null;
        }
        return prompt;
    }

    private static CampaignMatrix matrix(CampaignFields fields) {
        int before = fields.problemCount();
        Map<String, List<String>> axes = new LinkedHashMap<>();
        for (String variable : fields.keys()) {
            checkVariableName(fields, variable);
            List<String> values = fields.texts(variable);
            if (values == null && !fields.has(variable)) {
                fields.problem(variable, "has no values (give a list, e.g. [a, b])");
            }
            if (values != null) {
                checkSlugs(fields, variable, values);
                axes.put(variable, values);
            }
        }
        return fields.problemCount() > before ? null : new CampaignMatrix(axes);
    }

    /** Two values of one variable that differ only in case or punctuation would name the same entries. */
    private static void checkSlugs(CampaignFields fields, String variable, List<String> values) {
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String slug = CampaignMatrix.slug(values.get(i));
            if (slug.isEmpty() || !slugs.add(slug)) {
                fields.problem(variable + "[" + (i + 1) + "]", "'" + values.get(i) + "' " + (slug.isEmpty()
                        ? "has no letter or digit to name its entries" : "repeats an earlier value"));
            }
        }
    }

    private static Map<String, String> constants(CampaignFields fields) {
        int before = fields.problemCount();
        Map<String, String> constants = new LinkedHashMap<>();
        for (String variable : fields.keys()) {
            checkVariableName(fields, variable);
            String value = fields.text(variable, true);
            if (value != null) {
                constants.put(variable, value);
            }
        }
        return fields.problemCount() > before ? null : constants;
    }

    private static void checkVariableName(CampaignFields fields, String variable) {
        if (!VARIABLE.matcher(variable).matches()) {
            fields.problem(variable, "is not a variable name (a letter first, then letters, digits, '_' or '-')");
        }
    }
}
