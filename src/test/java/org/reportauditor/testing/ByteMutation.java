package org.reportauditor.testing;

import java.util.Arrays;
import java.util.Random;

/**
 * Ways a file gets damaged on its way to an auditor: bytes flipped, cut short, garbage inserted, a
 * range deleted, duplicated or zeroed. Each takes its randomness from the caller, so that a mutant
 * made from a seed can be made again.
 */
public enum ByteMutation {
    FLIP_BYTES {
        @Override
        public byte[] apply(byte[] original, Random random) {
            byte[] copy = original.clone();
            for (int n = 1 + random.nextInt(20); n > 0; n--) {
                copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
            }
            return copy;
        }
    },
    TRUNCATE {
        @Override
        public byte[] apply(byte[] original, Random random) {
            return Arrays.copyOf(original, 1 + random.nextInt(original.length - 1));
        }
    },
    INSERT_GARBAGE {
        @Override
        public byte[] apply(byte[] original, Random random) {
            byte[] garbage = new byte[1 + random.nextInt(512)];
            random.nextBytes(garbage);
            return splice(original, random.nextInt(original.length), 0, garbage);
        }
    },
    DELETE_RANGE {
        @Override
        public byte[] apply(byte[] original, Random random) {
            int at = random.nextInt(original.length);
            return splice(original, at, Math.min(original.length - at, 1 + random.nextInt(4096)), new byte[0]);
        }
    },
    DUPLICATE_RANGE {
        @Override
        public byte[] apply(byte[] original, Random random) {
            int at = random.nextInt(original.length);
            byte[] range = Arrays.copyOfRange(original, at, Math.min(original.length, at + 1 + random.nextInt(4096)));
            return splice(original, at, 0, range);
        }
    },
    ZERO_RANGE {
        @Override
        public byte[] apply(byte[] original, Random random) {
            byte[] copy = original.clone();
            int at = random.nextInt(copy.length);
            Arrays.fill(copy, at, Math.min(copy.length, at + 1 + random.nextInt(4096)), (byte) 0);
            return copy;
        }
    };

    public abstract byte[] apply(byte[] original, Random random);

    /** The bytes with {@code removed} of them at {@code at} replaced by {@code inserted}. */
    private static byte[] splice(byte[] original, int at, int removed, byte[] inserted) {
        byte[] copy = new byte[original.length - removed + inserted.length];
        System.arraycopy(original, 0, copy, 0, at);
        System.arraycopy(inserted, 0, copy, at, inserted.length);
        System.arraycopy(original, at + removed, copy, at + inserted.length, original.length - at - removed);
        return copy;
    }
}
