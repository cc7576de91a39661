package dev.slakit.sla;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One official document a calendar file was transcribed from: its title, document number, publication date and
 * address, each optional. Ordered by publication date (unknown first), then by document number with embedded
 * numbers compared numerically ({@code 〔2025〕7号} before {@code 〔2025〕12号}). Immutable.
 */
final class CalendarPublication {

    /** Newest last: publication date (null first), then document number in natural order (null first). */
    static final Comparator<CalendarPublication> ORDER = new Comparator<CalendarPublication>() {
        @Override
        public int compare(CalendarPublication a, CalendarPublication b) {
            int c = compareNullsFirst(a.published, b.published);
            return c != 0 ? c : naturalCompare(a.document, b.document);
        }
    };

    final String notice;
    final String document;
    final LocalDate published;
    final String url;

    CalendarPublication(String notice, String document, LocalDate published, String url) {
        this.notice = notice;
        this.document = document;
        this.published = published;
        this.url = url;
    }

    CalendarPublication withDocument(String value) {
        return new CalendarPublication(notice, value, published, url);
    }

    CalendarPublication withPublished(LocalDate value) {
        return new CalendarPublication(notice, document, value, url);
    }

    CalendarPublication withUrl(String value) {
        return new CalendarPublication(notice, document, published, value);
    }

    private static int compareNullsFirst(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    /** Compares texts with runs of ASCII digits compared as numbers; null first. */
    static int naturalCompare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String na = stripZeros(a.substring(i, ei));
                String nb = stripZeros(b.substring(j, ej));
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }

    @Override
    public String toString() {
        return (notice == null ? "" : notice) + (document == null ? "" : " " + document)
                + (published == null ? "" : " published " + published) + (url == null ? "" : " " + url);
    }
}
