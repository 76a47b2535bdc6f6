package be.digitalkeys.it.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.roundRobinSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/** The Gatling simulation of a {@link BenchPlan}: logins grouped as "login", closed or open model. */
public class LoginSimulation extends Simulation {

    static final String GROUP = "login";

    {
        BenchPlan plan = BenchPlan.current();
        HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl()).disableFollowRedirect()
                .acceptHeader("text/html,application/xhtml+xml,application/json").acceptLanguageHeader("fr")
                .userAgentHeader("digitalkeys-benchmark");
        java.util.List<ChainBuilder> chains = plan.methods().stream().map(m -> Logins.login(m, plan)).toList();
        ChainBuilder body = chains.size() == 1 ? chains.get(0) : io.gatling.javaapi.core.CoreDsl.exec(roundRobinSwitch().on(chains));
        // Each login is timed from its first request to its token, by ourselves (Gatling's own figures stay in its console summary).
        ScenarioBuilder scenario = scenario(plan.name())
                .exec(session -> {
                    plan.recorder().started();
                    return session.set("t0", System.nanoTime());
                })
                .exec(group(GROUP).on(body))
                .exec(session -> {
                    if (!session.isFailed()) {
                        BenchPlan.release(Method.valueOf(session.getString("method")), session.getInt("i"));
                        long waited = session.contains("totpWait") ? session.getLong("totpWait") : 0;
                        plan.recorder().completed(Math.max(0, (System.nanoTime() - session.getLong("t0")) / 1_000_000 - waited));
                    }
                    return session;
                });
        PopulationBuilder population = plan.concurrency() > 0
                ? scenario.injectClosed(constantConcurrentUsers(plan.concurrency()).during(plan.duration()))
                : scenario.injectOpen(constantUsersPerSec(plan.rate()).during(plan.duration()));
        setUp(population).protocols(protocol);
    }
}
