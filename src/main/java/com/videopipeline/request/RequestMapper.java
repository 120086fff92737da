package com.videopipeline.request;

import static com.videopipeline.request.FieldNames.CACHE;
import static com.videopipeline.request.FieldNames.FPS;
import static com.videopipeline.request.FieldNames.ID;
import static com.videopipeline.request.FieldNames.IMAGE;
import static com.videopipeline.request.FieldNames.MODEL;
import static com.videopipeline.request.FieldNames.NEGATIVE_PROMPT;
import static com.videopipeline.request.FieldNames.PROMPT;
import static com.videopipeline.request.FieldNames.PROVIDER;
import static com.videopipeline.request.FieldNames.SECONDS;
import static com.videopipeline.request.FieldNames.SEED;
import static com.videopipeline.request.FieldNames.SIZE;
import static com.videopipeline.request.FieldNames.TAGS;
import static com.videopipeline.request.FieldNames.VIDEO;

import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Validates one entry into a {@link VideoRequest}, or into one message listing everything wrong with it. */
@Component("requestMapper")
public class RequestMapper {

    static final int MAX_SECONDS = 120;
    static final int MAX_FPS = 120;
    /** The longest prompt (and negative prompt) a request may carry; enrichment keeps to it too. */
    public static final int MAX_PROMPT_CHARS = 32_000;
    static final int MAX_TAG_CHARS = 64;
    static final long MAX_SEED = 4_294_967_295L;

    private final RequestDefaults defaults;
    private final OptionFields options;

    @Autowired
    public RequestMapper(RequestDefaults defaults, StyleNames styles) {
        this.defaults = defaults;
        this.options = new OptionFields(styles);
    }

    /** A mapper that knows no presets or brands. */
    public RequestMapper(RequestDefaults defaults) {
        this(defaults, StyleNames.NONE);
    }

    /** Validates the entry against the rules of the prompt file format; never throws for bad input. */
    public LineOutcome map(RawLine raw, DropContext ctx) {
        if (raw.error() != null) {
            return LineOutcome.rejected(raw.line(), raw.error());
        }
        Fields fields = new Fields(raw.fields());
        raw.fields().keySet().stream()
                .filter(name -> !FieldNames.known(name))
                .forEach(name -> fields.problem(name, FieldNames.unknown(name)));
        String givenId = givenId(fields);
        RequestOptions chosen = options.read(fields);
        PresetDefaults preset = options.presetDefaults(chosen);
        // a preset's provider and model apply only to an entry that names neither: half of each would not fit
        boolean routed = !fields.absent(PROVIDER) || !fields.absent(MODEL) || !chosen.compare().isEmpty();
        VideoRequest request = new VideoRequest(
                givenId,
                prompt(fields, PROMPT, true),
                orDefault(fields.whole(SECONDS, 1, MAX_SECONDS), preset.seconds() != null ? preset.seconds()
                        : defaults.seconds()),
                size(fields, preset.size() != null ? preset.size() : defaults.size()),
                orDefault(fields.whole(FPS, 1, MAX_FPS), defaults.fps()),
                routed ? lowerCase(fields.text(PROVIDER)) : preset.provider(),
                routed ? fields.text(MODEL) : preset.model(),
                media(fields, IMAGE, MediaRules.IMAGE_EXTENSIONS, ctx),
                media(fields, VIDEO, MediaRules.VIDEO_EXTENSIONS, ctx),
                prompt(fields, NEGATIVE_PROMPT, false),
                fields.whole(SEED, 0, MAX_SEED),
                fields.tags(TAGS, MAX_TAG_CHARS),
                fields.flag(CACHE, true),
                chosen);
        return verdict(raw.line(), request, fields, ctx);
    }

    /** The id as written, or null when absent or unsafe (unsafe ids are reported, never repaired). */
    private static String givenId(Fields fields) {
        String id = fields.text(ID);
        String problem = id == null ? null : Ids.problem(id);
        if (problem != null) {
            fields.problem(ID, problem);
            return null;
        }
        return id;
    }

    private static LineOutcome verdict(int line, VideoRequest request, Fields fields, DropContext ctx) {
        String id = request.id();
        if (id != null) {
            // only accepted lines claim their id: a rejected line produces no output that could clash
            Integer firstLine = fields.problems().isEmpty() ? ctx.claim(id, line) : ctx.lineUsing(id);
            if (firstLine != null) {
                fields.problem(ID, "id " + Values.show(id) + " is already used on line " + firstLine
                        + " (ids must be unique in a file, ignoring case)");
            }
        }
        if (!fields.problems().isEmpty()) {
            return LineOutcome.rejected(line, String.join("; ", fields.problems()), fields.problemsByField());
        }
        return LineOutcome.of(line, id != null ? request : request.withId(freshId(ctx, line)));
    }

    /**
     * Generated ids are claimed too, so a later line that happens to spell one out cannot take it over. They derive
     * from the file and the line, so reading the same file again after a crash gives every line the same id.
     */
    private static String freshId(DropContext ctx, int line) {
        String id = Ids.generate(ctx.idSeed(), line, 0);
        for (int attempt = 1; ctx.claim(id, line) != null; attempt++) {
            id = Ids.generate(ctx.idSeed(), line, attempt);
        }
        return id;
    }

    private static String prompt(Fields fields, String name, boolean required) {
        String text = fields.text(name);
        if (required && fields.absent(name)) {
            fields.problem(name, name + " is missing (every entry needs a non-blank prompt)");
        } else if (text != null && text.length() > MAX_PROMPT_CHARS) {
            fields.problem(name, name + " " + Values.show(text) + " is " + text.length()
                    + " characters long (at most " + MAX_PROMPT_CHARS + " allowed)");
            return null;
        }
        return text;
    }

    private static VideoSize size(Fields fields, VideoSize fallback) {
        String text = fields.text(SIZE);
        if (text == null) {
            return fallback;
        }
        try {
            return VideoSize.parse(text);
        } catch (IllegalArgumentException e) {
            fields.problem(SIZE, SIZE + " " + Values.show(text) + " must be WIDTHxHEIGHT in pixels, e.g. 1280x720");
            return fallback;
        }
    }

    private static MediaRef media(Fields fields, String name, Set<String> extensions, DropContext ctx) {
        String value = fields.text(name);
        return value == null ? null : MediaRules.resolve(name, value, extensions, ctx, fields);
    }

    private static int orDefault(Long value, int fallback) {
        return value == null ? fallback : value.intValue();
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

}
