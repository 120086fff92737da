package com.videopipeline.provider;

import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every configured model with its limits and price, answering which of them can make a given request. Disabled
 * providers stay listed so jobs already running on them can still be priced; routing skips them.
 */
@Component
public class ModelCatalogue {

    private final List<CatalogueEntry> entries;

    public ModelCatalogue(ProvidersProperties properties) {
        List<CatalogueEntry> all = new ArrayList<>();
        properties.providers().forEach((provider, settings) ->
                settings.models().forEach((model, ms) -> all.add(CatalogueEntry.of(provider, model, ms))));
        this.entries = List.copyOf(all);
    }

    /** Estimated USD per second of output at {@code size}, empty for an unknown model. */
    public Optional<BigDecimal> pricePerSecond(String provider, String model, VideoSize size) {
        return find(provider, model).map(e -> e.settings().pricePerSecond(size));
    }

    /** Estimated USD for the request's seconds at its size (seconds × the model's price per second there). */
    public Optional<BigDecimal> estimatedCost(String provider, String model, VideoRequest request) {
        return find(provider, model).map(e -> e.cost(request.seconds(), request.size()));
    }

    /** The names of one provider's models, in config order. */
    public List<String> models(String provider) {
        return modelsOf(List.of(provider)).stream().map(CatalogueEntry::model).toList();
    }

    /** The sizes one model makes for this kind of input (text, image, video); empty for an unknown model. */
    public List<VideoSize> sizes(String provider, String model, String inputKind) {
        return find(provider, model).map(e -> e.sizesFor(inputKind)).orElse(List.of());
    }

    /** Empty when the model can make the request, else why not with the nearest allowed values. */
    public Optional<String> whyNot(String provider, String model, VideoRequest request) {
        Optional<CatalogueEntry> entry = find(provider, model);
        if (entry.isEmpty()) {
            return Optional.of("provider " + provider + " has no model " + model);
        }
        List<String> misfits = ModelFit.misfits(entry.get(), request);
        return misfits.isEmpty() ? Optional.empty() : Optional.of(ModelFit.describe(entry.get(), misfits));
    }

    Optional<CatalogueEntry> find(String provider, String model) {
        return entries.stream().filter(e -> e.provider().equals(provider) && e.model().equals(model)).findFirst();
    }

    /** Models of the given providers, in config order. */
    List<CatalogueEntry> modelsOf(Collection<String> providers) {
        return entries.stream().filter(e -> providers.contains(e.provider())).toList();
    }

    /** Providers that offer a model of this name, in config order. */
    List<String> ownersOf(String model) {
        return entries.stream().filter(e -> e.model().equals(model)).map(CatalogueEntry::provider).toList();
    }

    List<String> modelNames() {
        return entries.stream().map(CatalogueEntry::model).distinct().toList();
    }

    boolean canDo(CatalogueEntry entry, VideoRequest request) {
        return ModelFit.misfits(entry, request).isEmpty();
    }

    /** The cheapest model among {@code candidates} that can make the request; config order breaks ties. */
    Optional<CatalogueEntry> cheapestCapable(List<CatalogueEntry> candidates, VideoRequest request) {
        return candidates.stream()
                .filter(e -> canDo(e, request))
                .min(Comparator.comparing(e -> e.cost(request.seconds(), request.size())));
    }
}
