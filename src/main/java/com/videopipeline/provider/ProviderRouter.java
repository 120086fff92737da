package com.videopipeline.provider;

import com.videopipeline.request.VideoRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chooses provider and model for a request: explicit model, explicit provider, the first matching rule, the default
 * provider, then the cheapest capable model anywhere. Unusable providers are skipped unless asked for by name.
 */
@Component("providerRouter")
public class ProviderRouter {

    private static final Logger log = LoggerFactory.getLogger(ProviderRouter.class);

    private final RoutingProperties routing;
    private final ModelCatalogue catalogue;
    private final ProviderAvailability availability;

    ProviderRouter(RoutingProperties routing, ModelCatalogue catalogue, ProviderAvailability availability,
                   ProvidersProperties providers) {
        RoutingConfigCheck.verify(routing, providers);
        this.routing = routing;
        this.catalogue = catalogue;
        this.availability = availability;
    }

    public RoutingDecision route(VideoRequest request) {
        RoutingDecision decision;
        if (hasText(request.model())) {
            decision = byModel(request);
        } else if (hasText(request.provider())) {
            decision = byProvider(request.provider(), request);
        } else {
            decision = unpinned(request, Set.of());
        }
        log.debug("request {} routed: {}", request.id(), decision);
        return decision;
    }

    /**
     * Routes a request again while the providers in {@code unavailable} rest (their circuits are open): the same
     * order as {@link #route}, without them. A request that named its provider or model is not moved: it waits.
     */
    public RoutingDecision fallback(VideoRequest request, Set<String> unavailable) {
        if (hasText(request.model()) || hasText(request.provider())) {
            return RoutingDecision.rejected("request names its provider or model; it waits for it");
        }
        return unpinned(request, unavailable);
    }

    private RoutingDecision unpinned(VideoRequest request, Set<String> unavailable) {
        return byRules(request, unavailable)
                .or(() -> pick(routing.defaultProvider(), request, unavailable))
                .map(e -> RoutingDecision.to(e, request))
                .orElseGet(() -> cheapestAnywhere(request, unavailable));
    }

    private RoutingDecision byModel(VideoRequest request) {
        String model = request.model();
        if (hasText(request.provider())) {
            Optional<String> unusable = availability.whyUnusable(request.provider());
            if (unusable.isPresent()) {
                return RoutingDecision.rejected(unusable.get());
            }
            return catalogue.find(request.provider(), model)
                    .map(e -> decide(e, request))
                    .orElseGet(() -> RoutingDecision.rejected("provider " + request.provider() + " has no model "
                            + model + "; its models: " + names(catalogue.modelsOf(List.of(request.provider())))));
        }
        List<String> owners = catalogue.ownersOf(model);
        if (owners.isEmpty()) {
            return RoutingDecision.rejected("unknown model " + model + "; known models: "
                    + String.join(", ", catalogue.modelNames()));
        }
        return owners.stream().filter(availability::isUsable).findFirst()
                .map(owner -> decide(catalogue.find(owner, model).orElseThrow(), request))
                .orElseGet(() -> RoutingDecision.rejected("model " + model + " is not available: " + String.join("; ",
                        owners.stream().map(availability::whyUnusable).flatMap(Optional::stream).toList())));
    }

    private RoutingDecision byProvider(String provider, VideoRequest request) {
        Optional<String> unusable = availability.whyUnusable(provider);
        if (unusable.isPresent()) {
            return RoutingDecision.rejected(unusable.get());
        }
        return pick(provider, request, Set.of())
                .map(e -> RoutingDecision.to(e, request))
                .orElseGet(() -> RoutingDecision.rejected("provider " + provider + ": " + Rejections.noModelCanMake(
                        request, catalogue.modelsOf(List.of(provider)), List.of())));
    }

    private Optional<CatalogueEntry> byRules(VideoRequest request, Set<String> unavailable) {
        return routing.rules().stream()
                .filter(rule -> rule.matches(request.inputKind(), request.seconds()))
                .map(rule -> pick(rule.provider(), request, unavailable))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The provider's default model when it can make the request, else its cheapest model that can. */
    private Optional<CatalogueEntry> pick(String provider, VideoRequest request, Set<String> unavailable) {
        if (!hasText(provider) || unavailable.contains(provider) || !availability.isUsable(provider)) {
            return Optional.empty();
        }
        Optional<CatalogueEntry> preferred = Optional.ofNullable(routing.defaultModels().get(provider))
                .flatMap(model -> catalogue.find(provider, model))
                .filter(e -> catalogue.canDo(e, request));
        return preferred.or(() -> catalogue.cheapestCapable(catalogue.modelsOf(List.of(provider)), request));
    }

    private RoutingDecision cheapestAnywhere(VideoRequest request, Set<String> unavailable) {
        List<String> usable = availability.usable().stream().filter(p -> !unavailable.contains(p)).toList();
        if (usable.isEmpty()) {
            return RoutingDecision.rejected("no provider is usable: " + String.join("; ", availability.unusableReasons()));
        }
        List<CatalogueEntry> candidates = catalogue.modelsOf(usable);
        return catalogue.cheapestCapable(candidates, request)
                .map(e -> RoutingDecision.to(e, request))
                .orElseGet(() -> RoutingDecision.rejected(
                        Rejections.noModelCanMake(request, candidates, availability.unusableReasons())));
    }

    private RoutingDecision decide(CatalogueEntry entry, VideoRequest request) {
        List<String> misfits = ModelFit.misfits(entry, request);
        if (misfits.isEmpty()) {
            return RoutingDecision.to(entry, request);
        }
        return RoutingDecision.rejected("model " + entry.model() + " cannot make " + Rejections.describe(request)
                + ": " + ModelFit.describe(entry, misfits));
    }

    private static String names(List<CatalogueEntry> entries) {
        return String.join(", ", entries.stream().map(CatalogueEntry::model).toList());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
