package be.digitalkeys.tenant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code java -jar digitalkeys-tenant.jar --server URL --name acme --display-name "ACME" --languages fr,nl
 * --methods eid,app,email-code,sms-code}: imports a tenant into a running Keycloak, or with
 * {@code --render-only} prints the realm representation. Exit codes: 0 done, 2 wrong options,
 * 3 the server refused or could not be reached, 1 anything else.
 */
public final class TenantCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_SERVER = 3;

    static final String USAGE = """
            Usage: import-tenant.sh --server URL --name NAME --display-name TEXT --languages fr,nl[,de,en]
                                    --methods KEY[,KEY...] [options]
              --server URL              Keycloak, e.g. http://localhost:8080
              --name NAME               realm name: a-z, 0-9, '-', 2 to 40 characters
              --display-name TEXT       shown on the login pages
              --languages LIST          among fr, nl, de, en
              --default-language LANG   one of --languages (default: the first)
              --theme NAME              login, account and e-mail theme (default: digitalkeys)
              --methods LIST            digital keys on the chooser: %s
              --levels KEY=LEVEL[,...]  level of assurance of a key: low, substantial or high (default: the
                                        template's, e.g. eid=high, app-code=substantial, email-code=low)
              --admin-user USER         default admin, in realm --admin-realm (master) with client --admin-client (admin-cli)
              --admin-password-env VAR  environment variable holding the admin password (default KC_ADMIN_PASSWORD)
              --admin-password-stdin    read the admin password from the first line of standard input
              --template FILE           another tenant template (default: the one in the jar)
              --render-only             print the realm representation and exit (no server)
            A second run with the same options changes nothing and says "unchanged".
            """;

    private TenantCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.in, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    public static int run(List<String> args, Map<String, String> env, InputStream stdin, PrintStream out, PrintStream err) {
        TenantTemplate template = null;
        try {
            if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
                template = TenantTemplate.load(null);
                out.print(USAGE.formatted(String.join(", ", template.methods())));
                return args.isEmpty() ? EXIT_USAGE : EXIT_OK;
            }
            TenantOptions options = TenantOptions.parse(args);
            template = TenantTemplate.load(options.template);
            template.checkMethods(options.methods());
            ObjectNode rep = template.render(options);
            if (options.renderOnly) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rep));
                return EXIT_OK;
            }
            String password = options.passwordStdin ? firstLine(stdin) : options.passwordFrom(env);
            AdminApi api = new AdminApi(options.server, options.adminRealm, options.adminClient, options.adminUser, password);
            out.println("Tenant " + options.name() + " on " + options.server + " (" + String.join(",", options.methods()) + ")");
            ImportReport report = new TenantImporter(api).importTenant(rep, options.theme(), template.levelConfigs(options));
            report.lines().forEach(line -> out.println("  " + line));
            out.println("Result: " + report.outcome().name().toLowerCase());
            return EXIT_OK;
        } catch (UsageException e) {
            err.println("import-tenant: " + e.getMessage());
            return EXIT_USAGE;
        } catch (AdminApiException e) {
            err.println("import-tenant: " + e.getMessage());
            return EXIT_SERVER;
        } catch (IOException | RuntimeException e) {
            err.println("import-tenant: " + e);
            return EXIT_FAILURE;
        }
    }

    private static String firstLine(InputStream stdin) throws IOException, UsageException {
        String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new UsageException("--admin-password-stdin: standard input is empty");
        }
        return line;
    }
}
