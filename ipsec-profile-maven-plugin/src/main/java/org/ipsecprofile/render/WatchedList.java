package org.ipsecprofile.render;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list that notes whether it was read: its size or any element. Handed to a template, it tells
 * whether what the template wrote can depend on the list's content.
 */
final class WatchedList<T> extends AbstractList<T> implements RandomAccess {

    private final List<T> items;
    private boolean read;

    WatchedList(List<T> items) {
        this.items = items;
    }

    @Override
    public T get(int index) {
        read = true;
        return items.get(index);
    }

    @Override
    public int size() {
        read = true;
        return items.size();
    }

    /** True once the size or an element was asked for. */
    boolean wasRead() {
        return read;
    }
}
