package dev.slakit.status.internal;

import java.util.Random;

/**
 * Seeded text for the signature oracle tests: printable ASCII, the characters the encoders treat specially,
 * CJK, Latin-1 and emoji (surrogate pairs). Not thread-safe.
 */
final class RandomText {

    private static final String SPECIAL = " *~+/=&%?#:;,@!$'()[]\\\"<>{}|^`-_.";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    final Random random;

    RandomText(long seed) {
        this.random = new Random(seed);
    }

    /** @return {@code length} characters (code points for emoji) of mixed scripts */
    String text(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0:
                    out.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                    break;
                case 1:
                    out.append((char) (0x4E00 + random.nextInt(0x5000)));
                    break;
                case 2:
                    out.appendCodePoint(0x1F300 + random.nextInt(0x300));
                    break;
                case 3:
                    out.append((char) (0xA0 + random.nextInt(0x160)));
                    break;
                default:
                    out.append((char) (0x21 + random.nextInt(0x5E)));
            }
        }
        return out.toString();
    }

    /** @return {@code length} ASCII letters and digits */
    String alphanumeric(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }
}
