package be.digitalkeys.tenant;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command's options, checked: a tenant (realm name, display name, languages, theme, digital
 * keys) and where to import it. The admin password never comes from the command line itself: from
 * an environment variable named by {@code --admin-password-env} or from standard input.
 */
public final class TenantOptions {

    public static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");
    /** The levels of assurance a key may be given (eIDAS), lowest first. */
    public static final List<String> LEVELS = List.of("low", "substantial", "high");
    public static final String DEFAULT_PASSWORD_ENV = "KC_ADMIN_PASSWORD";
    static final Pattern REALM_NAME = Pattern.compile("[a-z][a-z0-9-]{0,38}[a-z0-9]");
    static final Pattern THEME_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    String server;
    String adminUser = "admin";
    String adminRealm = "master";
    String adminClient = "admin-cli";
    String passwordEnv;
    boolean passwordStdin;
    String name;
    String displayName;
    List<String> languages;
    String defaultLanguage;
    String theme = "digitalkeys";
    List<String> methods;
    /** Level of assurance per digital key (low, substantial, high), where the template's default is changed. */
    Map<String, String> levels = new LinkedHashMap<>();
    Path template;
    boolean renderOnly;

    private TenantOptions() {
    }

    /** Parses and checks everything but the method names, which the template knows ({@link TenantTemplate#checkMethods}). */
    public static TenantOptions parse(List<String> args) throws UsageException {
        TenantOptions o = new TenantOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--render-only" -> o.renderOnly = true;
                case "--admin-password-stdin" -> o.passwordStdin = true;
                case "--admin-password", "--password" -> throw new UsageException(
                        "never give a password on the command line (it stays in the shell history and the process list): "
                                + "use --admin-password-env VARIABLE or --admin-password-stdin");
                default -> {
                    if (!arg.startsWith("--") || i + 1 >= args.size()) {
                        throw new UsageException(arg.startsWith("--") ? arg + " needs a value" : "unexpected argument: " + arg);
                    }
                    o.set(arg, args.get(++i));
                }
            }
        }
        o.check();
        return o;
    }

    private void set(String option, String value) throws UsageException {
        switch (option) {
            case "--server" -> server = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            case "--admin-user" -> adminUser = value;
            case "--admin-realm" -> adminRealm = value;
            case "--admin-client" -> adminClient = value;
            case "--admin-password-env" -> passwordEnv = value;
            case "--name" -> name = value;
            case "--display-name" -> displayName = value.strip();
            case "--languages" -> languages = list(value);
            case "--default-language" -> defaultLanguage = value.strip();
            case "--theme" -> theme = value.strip();
            case "--methods" -> methods = list(value);
            case "--levels" -> levels = levels(value);
            case "--template" -> template = Path.of(value);
            default -> throw new UsageException("unknown option " + option + " (see --help)");
        }
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** KEY=LEVEL pairs, each key once, each level one of {@link #LEVELS}. */
    private static Map<String, String> levels(String value) throws UsageException {
        Map<String, String> levels = new LinkedHashMap<>();
        for (String pair : list(value)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq).strip();
            String level = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (eq < 0 || !LEVELS.contains(level)) {
                throw new UsageException("--levels: '" + pair + "' is not KEY=LEVEL with LEVEL one of " + String.join(", ", LEVELS));
            }
            if (levels.put(key, level) != null) {
                throw new UsageException("--levels: '" + key + "' is given twice");
            }
        }
        return levels;
    }

    private void check() throws UsageException {
        require(name, "--name");
        if (!REALM_NAME.matcher(name).matches() || "master".equals(name)) {
            throw new UsageException("--name '" + name + "' is not a tenant name: 2 to 40 characters, lower-case letters, "
                    + "digits and '-', starting with a letter and not ending with '-' (and not 'master')");
        }
        require(displayName, "--display-name");
        if (displayName.isEmpty() || displayName.length() > 100 || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException("--display-name must be 1 to 100 characters without control characters");
        }
        require(languages, "--languages");
        Set<String> seen = new LinkedHashSet<>();
        for (String language : languages) {
            if (!LANGUAGES.contains(language)) {
                throw new UsageException("--languages: unknown language '" + language + "' (known: " + String.join(", ", LANGUAGES) + ")");
            }
            if (!seen.add(language)) {
                throw new UsageException("--languages: '" + language + "' is given twice");
            }
        }
        if (languages.isEmpty()) {
            throw new UsageException("--languages needs at least one of " + String.join(", ", LANGUAGES));
        }
        if (defaultLanguage == null) {
            defaultLanguage = languages.get(0);
        } else if (!languages.contains(defaultLanguage)) {
            throw new UsageException("--default-language '" + defaultLanguage + "' is not one of --languages " + String.join(",", languages));
        }
        if (!THEME_NAME.matcher(theme).matches()) {
            throw new UsageException("--theme '" + theme + "' is not a theme folder name (letters, digits, '.', '_', '-')");
        }
        require(methods, "--methods");
        if (methods.isEmpty() || new LinkedHashSet<>(methods).size() != methods.size()) {
            throw new UsageException("--methods needs at least one digital key, each once");
        }
        for (String key : levels.keySet()) {
            if (!methods.contains(key)) {
                throw new UsageException("--levels: '" + key + "' is not one of --methods " + String.join(",", methods));
            }
        }
        if (renderOnly) {
            return;
        }
        require(server, "--server");
        URI uri;
        try {
            uri = URI.create(server);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--server '" + server + "' is not a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new UsageException("--server '" + server + "' must be an http:// or https:// URL, e.g. http://localhost:8080");
        }
        if (passwordEnv != null && passwordStdin) {
            throw new UsageException("give either --admin-password-env or --admin-password-stdin, not both");
        }
        if (passwordEnv == null && !passwordStdin) {
            passwordEnv = DEFAULT_PASSWORD_ENV;
        }
    }

    private static void require(Object value, String option) throws UsageException {
        if (value == null) {
            throw new UsageException(option + " is required (see --help)");
        }
    }

    /** The admin password from the named environment variable (standard input is read by the command). */
    String passwordFrom(Map<String, String> env) throws UsageException {
        String password = env.get(passwordEnv);
        if (password == null || password.isEmpty()) {
            throw new UsageException("the environment variable " + passwordEnv + " holding the admin password is not set "
                    + "(or use --admin-password-stdin)");
        }
        return password;
    }

    public String name() {
        return name;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> languages() {
        return List.copyOf(languages);
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public String theme() {
        return theme;
    }

    public List<String> methods() {
        return List.copyOf(methods);
    }

    /** The levels given with --levels (keys without one keep the template's default). */
    public Map<String, String> levels() {
        return Map.copyOf(levels);
    }
}
