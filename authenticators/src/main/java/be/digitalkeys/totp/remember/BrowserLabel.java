package be.digitalkeys.totp.remember;

import java.util.LinkedHashMap;
import java.util.Map;

/** A short, human label for a browser ("Firefox on Windows") from its User-Agent. */
final class BrowserLabel {

    private static final Map<String, String> BROWSERS = new LinkedHashMap<>();
    private static final Map<String, String> SYSTEMS = new LinkedHashMap<>();

    static {
        BROWSERS.put("Edg/", "Edge");
        BROWSERS.put("OPR/", "Opera");
        BROWSERS.put("Firefox/", "Firefox");
        BROWSERS.put("Chrome/", "Chrome");
        BROWSERS.put("Safari/", "Safari");
        SYSTEMS.put("Android", "Android");
        SYSTEMS.put("iPhone", "iPhone");
        SYSTEMS.put("iPad", "iPad");
        SYSTEMS.put("Windows", "Windows");
        SYSTEMS.put("Mac OS X", "macOS");
        SYSTEMS.put("Linux", "Linux");
    }

    private BrowserLabel() {
    }

    static String of(String userAgent) {
        String agent = userAgent == null ? "" : userAgent;
        String browser = first(BROWSERS, agent, "Browser");
        String system = first(SYSTEMS, agent, null);
        return system == null ? browser : browser + " / " + system;
    }

    private static String first(Map<String, String> names, String agent, String fallback) {
        return names.entrySet().stream().filter(e -> agent.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(fallback);
    }
}
