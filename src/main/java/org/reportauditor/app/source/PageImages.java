package org.reportauditor.app.source;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.reportauditor.render.PageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page images of one PDF, drawn on the render thread and kept in a cache bounded by pixels, least
 * recently used first out. Requests for pages that scrolled out of view before their turn came are
 * dropped, so fast scrolling through a long PDF never queues up work. Used on the UI thread only.
 */
final class PageImages {
    private static final Logger LOG = LoggerFactory.getLogger(PageImages.class);
    /** About 25 A4 pages at 150 dpi, 160 MB. */
    private static final long MAX_CACHED_PIXELS = 40_000_000L;

    private record Key(int page, double scale) {
    }

    private final PageSource source;
    private final Executor renderThread;
    private final LinkedHashMap<Key, Image> cache = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, List<Consumer<Image>>> pending = new HashMap<>();
    private long cachedPixels;
    /** The pages still worth drawing; read by the render thread. */
    private volatile Set<Integer> wanted = Set.of();

    PageImages(PageSource source, Executor renderThread) {
        this.source = source;
        this.renderThread = renderThread;
    }

    /** Only these pages are still worth drawing; queued work for others is dropped. */
    void want(Set<Integer> pages) {
        wanted = Set.copyOf(pages);
    }

    /** Calls {@code onReady} on the UI thread with the page drawn at {@code scale} pixels per point. */
    void request(int page, double scale, Consumer<Image> onReady) {
        Key key = new Key(page, scale);
        Image cached = cache.get(key);
        if (cached != null) {
            onReady.accept(cached);
            return;
        }
        List<Consumer<Image>> waiting = pending.get(key);
        if (waiting != null) {
            waiting.add(onReady);
            return;
        }
        pending.put(key, new ArrayList<>(List.of(onReady)));
        try {
            renderThread.execute(() -> draw(key));
        } catch (RejectedExecutionException windowClosed) {
            // the window has closed and its render thread with it; a view left over asks in vain
            pending.remove(key);
        }
    }

    private void draw(Key key) {
        if (!wanted.contains(key.page())) {
            Platform.runLater(() -> pending.remove(key));
            return;
        }
        try {
            Image image = toFxImage(source.render(key.page(), key.scale()));
            Platform.runLater(() -> deliver(key, image));
        } catch (IOException | RuntimeException e) {
            LOG.debug("page {} could not be drawn", key.page(), e);
            Platform.runLater(() -> pending.remove(key));
        }
    }

    private void deliver(Key key, Image image) {
        cache.put(key, image);
        cachedPixels += pixels(image);
        Iterator<Map.Entry<Key, Image>> oldest = cache.entrySet().iterator();
        while (cachedPixels > MAX_CACHED_PIXELS && cache.size() > 1 && oldest.hasNext()) {
            cachedPixels -= pixels(oldest.next().getValue());
            oldest.remove();
        }
        List<Consumer<Image>> waiting = pending.remove(key);
        if (waiting != null) {
            waiting.forEach(callback -> callback.accept(image));
        }
    }

    private static long pixels(Image image) {
        return (long) image.getWidth() * (long) image.getHeight();
    }

    /** Copies the ARGB pixels straight across; images may be made off the UI thread. */
    private static Image toFxImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return fx;
    }
}
