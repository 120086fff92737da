package com.videopipeline.media;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recently encoded pictures: encoding a 1080p frame costs a few hundred milliseconds, muxing a
 * cached one costs almost nothing. Bounded, since every (size, colour) pair is a new entry.
 */
final class FrameCache {

    private static final int MAX_ENTRIES = 32;

    private final SolidFrameEncoder encoder = new SolidFrameEncoder();
    private final Map<Key, Slot> slots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Slot> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    EncodedFrame get(int width, int height, int rgb) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(new Key(width, height, rgb), Slot::new);
        }
        return slot.frame(encoder);
    }

    private record Key(int width, int height, int rgb) {
    }

    /** Lets callers wanting the same picture wait for one encode while other pictures encode in parallel. */
    private static final class Slot {
        private final Key key;
        private EncodedFrame frame;

        Slot(Key key) {
            this.key = key;
        }

        synchronized EncodedFrame frame(SolidFrameEncoder encoder) {
            if (frame == null) {
                frame = encoder.encode(key.width(), key.height(), key.rgb());
            }
            return frame;
        }
    }
}
