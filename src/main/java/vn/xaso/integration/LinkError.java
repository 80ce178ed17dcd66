package vn.xaso.integration;

import java.util.Locale;

/**
 * What went wrong on a link, in words an administrator reads (the page says it in Vietnamese, the technical text stays
 * beside it for whoever fixes it): judged from the failure's text, which names the exception or the HTTP status.
 */
public enum LinkError {
    NOT_CONFIGURED, TIMEOUT, UNREACHABLE, SERVER_ERROR, REQUEST_REFUSED, MALFORMED_ANSWER, OTHER;

    public static LinkError of(String message) {
        if (message == null) {
            return null;
        }
        String text = message.toLowerCase(Locale.ROOT);
        if (text.contains("configured")) {
            return NOT_CONFIGURED;
        }
        if (text.contains("timeout") || text.contains("timed out")) {
            return TIMEOUT;
        }
        if (text.contains("connect") || text.contains("unknownhost") || text.contains("refused") || text.contains("closedchannel")
                || text.contains("unresolved") || text.contains("no route") || text.contains("reset")) {
            return UNREACHABLE;
        }
        if (text.matches("http 5\\d\\d.*")) {
            return SERVER_ERROR;
        }
        if (text.matches("http 4\\d\\d.*") || text.startsWith("zalo error")) {
            return REQUEST_REFUSED;
        }
        if (text.contains("malformed")) {
            return MALFORMED_ANSWER;
        }
        return OTHER;
    }
}
