package org.dialoguedesk.bundle;

import java.util.List;

/**
 * Shingles (64-bit hashes of every run of a given number of consecutive words of a text) and a table from
 * a shingle to a {@code long}, kept in two primitive arrays (open addressing, linear probing): the leak
 * check holds one entry per distinct protected run of words of the whole database, which boxed map
 * entries would make several times larger. A hash says where to look, never that two runs are equal:
 * whoever finds an entry compares the words.
 */
final class ShingleTable {

    /** What {@link #get} gives for a shingle not in the table. */
    static final long ABSENT = Long.MIN_VALUE;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** The base of the rolling hash: odd, so multiplying by it loses nothing modulo 2^64. */
    private static final long BASE = 0x9e3779b97f4a7c15L;
    private static final long EMPTY = 0;

    private long[] keys = new long[1 << 10];
    private long[] values = new long[1 << 10];
    private int size;

    /**
     * The shingle of each run of {@code n} words, by the run's first word: {@code words.size() - n + 1}
     * hashes (none for a shorter text), each computed from the previous one in constant time.
     */
    static long[] of(List<String> words, int n) {
        int count = words.size() - n + 1;
        if (count <= 0) {
            return new long[0];
        }
        long[] word = new long[words.size()];
        for (int i = 0; i < word.length; i++) {
            word[i] = wordHash(words.get(i));
        }
        long outgoing = 1;
        for (int i = 1; i < n; i++) {
            outgoing *= BASE;
        }
        long[] shingles = new long[count];
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * BASE + word[i];
        }
        shingles[0] = h;
        for (int i = 1; i < count; i++) {
            h = (h - word[i - 1] * outgoing) * BASE + word[i + n - 1];
            shingles[i] = h;
        }
        return shingles;
    }

    /** FNV-1a over the word's characters: 64 bits, where {@link String#hashCode} has 32. */
    private static long wordHash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** The value kept for a shingle, or {@link #ABSENT}. */
    long get(long shingle) {
        long key = key(shingle);
        for (int i = slot(key); ; i = (i + 1) & (keys.length - 1)) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return ABSENT;
            }
        }
    }

    /** Keeps a value (not {@link #ABSENT}) for a shingle, replacing the one it had. */
    void put(long shingle, long value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(shingle);
        int i = slot(key);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & (keys.length - 1);
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = slot(oldKeys[i]);
                while (keys[j] != EMPTY) {
                    j = (j + 1) & (keys.length - 1);
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }

    /** The stored key of a shingle: never {@link #EMPTY}, which marks a free slot. */
    private static long key(long shingle) {
        return shingle == EMPTY ? 1 : shingle;
    }

    private int slot(long key) {
        long mixed = key * BASE;
        return (int) (mixed ^ (mixed >>> 32)) & (keys.length - 1);
    }
}
