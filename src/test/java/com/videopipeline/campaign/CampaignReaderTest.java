package com.videopipeline.campaign;

import static com.videopipeline.campaign.CampaignFiles.SPRING_SALE;
import static com.videopipeline.campaign.CampaignFiles.read;
import static com.videopipeline.campaign.CampaignFiles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.budget.BudgetMode;
import com.videopipeline.budget.BudgetSpec;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CampaignReaderTest {

    @Test
    void shouldExpandThePromptOverEveryCombinationOfTheMatrix() {
        Campaign campaign = read(SPRING_SALE);

        assertThat(campaign.entries()).extracting(CampaignEntry::id).containsExactly(
                "sneakers-paris", "sneakers-sao-paulo", "sneakers-new-york",
                "backpack-paris", "backpack-sao-paulo", "backpack-new-york");
        assertThat(campaign.entries().get(1).prompt()).isEqualTo("Acme sneakers in São Paulo, cinematic");
        assertThat(campaign.entries().get(1).values()).containsEntry("city", "São Paulo");
    }

    @Test
    void shouldReadScheduleDefaultsTargetsAndBudget() {
        Campaign campaign = read(SPRING_SALE);

        assertThat(campaign.name()).isEqualTo("spring-sale");
        assertThat(campaign.enabled()).isTrue();
        assertThat(campaign.schedule()).isEqualTo(new CampaignSchedule("0 0 9 ? * MON", ZoneId.of("Europe/Paris"),
                Misfire.SKIP));
        assertThat(campaign.defaults()).isEqualTo(new CampaignDefaults("runway", "gen4.5", 5, "1280x720",
                "cinematic", null));
        assertThat(campaign.targets()).containsExactly("outbox");
        assertThat(campaign.budget().usd()).isEqualByComparingTo("5.00");
        assertThat(campaign.budget().seconds()).isNull();
        assertThat(campaign.budget().per()).isEqualTo("firing");
    }

    @Test
    void shouldReadABudgetInDollarsAndSecondsForTheWholeCampaignWithItsMode() {
        Campaign campaign = read(with(SPRING_SALE, "budget-usd: 5.00",
                "budget: {usd: 20, seconds: 120, per: campaign, mode: downgrade}"));

        assertThat(campaign.budget()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new BudgetSpec(new BigDecimal("20"), new BigDecimal("120"), true, BudgetMode.DOWNGRADE));
        assertThat(read(with(SPRING_SALE, "budget-usd: 5.00", "budget: {seconds: 60}")).budget())
                .isEqualTo(new BudgetSpec(null, new BigDecimal("60"), false, null));
    }

    @Test
    void shouldAcceptS3AsATargetBesideTheOutbox() {
        Campaign campaign = read(with(SPRING_SALE, "targets: [outbox]", "targets: [outbox, s3]"));

        assertThat(campaign.targets()).containsExactly("outbox", "s3");
    }

    @Test
    void shouldMakeOneEntryNamedAfterTheCampaignWithoutAMatrix() {
        String yaml = """
                name: daily-teaser
                schedule:
                  cron: "0 0 8 * * ?"
                prompt: A calm teaser
                """;

        Campaign campaign = read(yaml);

        assertThat(campaign.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("daily-teaser");
            assertThat(e.prompt()).isEqualTo("A calm teaser");
        });
        assertThat(campaign.schedule().zone()).isEqualTo(ZoneId.of("Z"));
        assertThat(campaign.schedule().misfire()).isEqualTo(Misfire.FIRE_ONCE);
        assertThat(campaign.targets()).containsExactly("outbox");
        assertThat(campaign.budget()).isNull();
    }

    @Test
    void shouldGiveQuartzTheCronWithPlusForSpacesAndAZoneItKnows() {
        CampaignSchedule schedule = new CampaignSchedule("0 0 9  ? * MON", ZoneId.of("+02:00"), Misfire.SKIP);

        assertThat(schedule.quartzCron()).isEqualTo("0+0+9+?+*+MON");
        assertThat(schedule.quartzTimeZone()).isEqualTo("GMT+02:00");
    }

    @Nested
    class Errors {

        @Test
        void shouldNameTheFileAndTheUnknownKey() {
            assertProblems(with(SPRING_SALE, "  misfire: skip", "  misfire: skip\n  timezone: UTC"),
                    "schedule.timezone: unknown key");
            assertThatThrownBy(() -> read(SPRING_SALE + "shedule: x\n"))
                    .hasMessageStartingWith("campaign file spring-sale.yaml is invalid: shedule: unknown key");
        }

        @Test
        void shouldRejectATemplateVariableThatIsNotDefined() {
            assertProblems(with(SPRING_SALE, "{{city}}, {{style}}", "{{city}}, {{style}} {{colour}}"),
                    "prompt: uses {{colour}}, which is not defined");
        }

        @Test
        void shouldRejectAVariableThePromptNeverUses() {
            assertProblems(with(SPRING_SALE, "in {{city}}", "in the city"), "matrix.city: is never used in prompt");
        }

        @Test
        void shouldRejectBracesThatAreNotAVariable() {
            assertProblems(with(SPRING_SALE, "{{brand}} ", "{{brand}} {{ 2x }} "), "prompt: has '{{' or '}}'");
        }

        @Test
        void shouldRejectEmptyMatrixValues() {
            assertProblems(with(SPRING_SALE, "[sneakers, backpack]", "[]"), "matrix.product: is an empty list");
            assertProblems(with(SPRING_SALE, "[sneakers, backpack]", "[sneakers, '']"),
                    "matrix.product[2]: is empty");
            assertProblems(with(SPRING_SALE, "[sneakers, backpack]", ""), "matrix.product: has no values");
        }

        @Test
        void shouldRejectMatrixValuesThatWouldNameTheSameEntry() {
            assertProblems(with(SPRING_SALE, "[sneakers, backpack]", "[sneakers, Sneakers!]"),
                    "matrix.product[2]: 'Sneakers!' repeats an earlier value");
        }

        @Test
        void shouldRejectABadCronExpression() {
            assertProblems(with(SPRING_SALE, "0 0 9 ? * MON", "0 0 25 ? * MON"),
                    "schedule.cron: '0 0 25 ? * MON' is not a Quartz cron expression");
            assertProblems(with(SPRING_SALE, "0 0 9 ? * MON", "0 9 * * 1"),
                    "schedule.cron: '0 9 * * 1' is not a Quartz cron expression");
        }

        @Test
        void shouldRejectAScheduleThatNeverFiresAgain() {
            assertProblems(with(SPRING_SALE, "0 0 9 ? * MON", "0 0 9 1 1 ? 2020"), "schedule.cron: '0 0 9 1 1 ? 2020'"
                    + " never fires after now");
        }

        @Test
        void shouldRejectAnUnknownTimeZoneAndMisfirePolicy() {
            assertProblems(with(SPRING_SALE, "Europe/Paris", "Europe/Pariss"),
                    "schedule.time-zone: 'Europe/Pariss' is not a time zone");
            assertProblems(with(SPRING_SALE, "misfire: skip", "misfire: later"),
                    "schedule.misfire: 'later' is not a policy (use fire-once or skip)");
        }

        @Test
        void shouldRejectUnknownTargetsAndBadDefaults() {
            assertProblems(with(SPRING_SALE, "targets: [outbox]", "targets: [outbox, slack]"),
                    "targets: unknown target 'slack' (known: outbox, s3, email)");
            assertProblems(with(SPRING_SALE, "seconds: 5", "seconds: 5.5"),
                    "defaults.seconds: '5.5' must be a whole number from 1 to 120");
            assertProblems(with(SPRING_SALE, "size: 1280x720", "size: big"), "defaults.size: 'big' must be WIDTHxHEIGHT");
            assertProblems(with(SPRING_SALE, "budget-usd: 5.00", "budget-usd: -1"),
                    "budget-usd: '-1' must be a positive number");
        }

        @Test
        void shouldRejectABudgetThatCannotBeUsed() {
            assertProblems(SPRING_SALE + "budget: {usd: 5}\n", "budget-usd: give budget-usd or budget, not both");
            assertProblems(with(SPRING_SALE, "budget-usd: 5.00", "budget: {usd: 0, per: week, mode: pray, cap: 1}"),
                    "budget.usd: '0' must be a positive number", "budget.per: 'week' must be firing",
                    "budget.mode: 'pray' is not a mode (use hold or downgrade)", "budget.cap: unknown key");
            assertProblems(with(SPRING_SALE, "budget-usd: 5.00", "budget: {per: campaign}"),
                    "budget.usd: is missing (give usd, seconds or both)");
            assertProblems(with(SPRING_SALE, "budget-usd: 5.00", "budget: 5"), "budget: must be a mapping");
        }

        @Test
        void shouldRejectAStyleThePromptNeverUses() {
            assertProblems(with(SPRING_SALE, ", {{style}}", ""), "defaults.style: is never used in prompt");
        }

        @Test
        void shouldRejectMissingKeysBadNamesAndDuplicateKeys() {
            assertProblems("name: Spring Sale\nprompt: x\n", "name: 'Spring Sale' must be 1-63 lower-case letters",
                    "schedule: is missing");
            assertProblems(SPRING_SALE + "enabled: false\n", "not valid YAML (line ", "Duplicate field 'enabled'");
        }

        @Test
        void shouldReportEveryProblemOfAFileAtOnce() {
            String yaml = with(with(SPRING_SALE, "Europe/Paris", "Mars/Base"), "{{style}}", "{{style}} {{mood}}");

            assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InvalidCampaignException.class, e ->
                    assertThat(e.problems()).hasSize(2));
        }

        private void assertProblems(String yaml, String... expected) {
            assertThatThrownBy(() -> read(yaml))
                    .isInstanceOfSatisfying(InvalidCampaignException.class, e -> {
                        assertThat(e.getMessage()).startsWith("campaign file spring-sale.yaml is invalid: ");
                        for (String problem : expected) {
                            assertThat(String.join("\n", e.problems())).as("problems").contains(problem);
                        }
                    });
        }
    }

    @Test
    void shouldListAllowedKeysInAnUnknownKeyMessage() {
        assertThatThrownBy(() -> read(SPRING_SALE + "color: red\n")).hasMessageContaining(
                "color: unknown key (allowed here: " + String.join(", ", List.of("name", "description", "enabled",
                        "schedule", "prompt", "matrix", "variables", "defaults", "targets", "budget-usd", "budget")) + ")");
    }
}
