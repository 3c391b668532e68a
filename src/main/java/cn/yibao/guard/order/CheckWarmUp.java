package cn.yibao.guard.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.catalog.CatalogItem;
import cn.yibao.guard.catalog.CatalogService;
import cn.yibao.guard.order.api.DiagnosisRequest;
import cn.yibao.guard.order.api.EncounterRequest;
import cn.yibao.guard.order.api.OrderCheckRequest;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.order.api.PatientRequest;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import cn.yibao.guard.stay.EncounterType;
import cn.yibao.guard.stay.InsuranceType;
import io.quarkus.runtime.StartupEvent;

/**
 * Warms the order check up before the instance reports ready. A freshly started JVM runs the check path in the
 * interpreter, loads hundreds of classes on first use and opens its database connections on demand, so its first
 * real checks missed the deadline and answered UNCHECKED. At start-up this runs the in-memory part of a synthetic
 * check many times (JSON, the resource method's validation, line resolution through the catalogue, the rule book
 * over a 200-line stay, the record and its answer), then opens every pooled connection and runs the check's read,
 * write and read again on each inside a transaction that is rolled back: nothing is written. Start-up waits for it (a few seconds at most), and
 * readiness ({@code order-check-warm-up}) reports DOWN until it is done; a failure is logged and does not keep the
 * instance down (the database's own readiness check reports an unreachable database).
 */
@ApplicationScoped
@Readiness
public class CheckWarmUp implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(CheckWarmUp.class);
    static final String ENCOUNTER_ID = "WARM-UP";

    private final OrderCheckService checks;
    private final OrderCheckRepository repository;
    private final CatalogService catalogs;
    private final ObjectMapper json;
    private final Validator validator;
    private final OrderResource resource;
    private final int rounds;
    private final int connections;
    private volatile String state = "pending";

    public CheckWarmUp(OrderCheckService checks, OrderCheckRepository repository, CatalogService catalogs,
            ObjectMapper json, Validator validator, OrderResource resource,
            @ConfigProperty(name = "yibao.check.warm-up.rounds") int rounds,
            @ConfigProperty(name = "quarkus.datasource.reactive.max-size") int connections) {
        this.checks = checks;
        this.repository = repository;
        this.catalogs = catalogs;
        this.json = json;
        this.validator = validator;
        this.resource = resource;
        this.rounds = rounds;
        this.connections = connections;
    }

    /** After the catalogue, the rule book and any demo data are loaded; start-up waits for it (on main). */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) StartupEvent event) {
        if (rounds <= 0) {
            state = "off";
            return;
        }
        run();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("order-check-warm-up").status(!state.equals("pending"))
                .withData("state", state).build();
    }

    private void run() {
        long start = System.nanoTime();
        try {
            CheckRecord last = null;
            for (int i = 0; i < rounds; i++) {
                last = rehearse(i);
            }
            long inMemory = (System.nanoTime() - start) / 1_000_000;
            int warmed = repository.rehearse(connections, last).await().atMost(Duration.ofSeconds(30));
            state = "done";
            LOG.infof("Order check warmed up: %d in-memory checks in %d ms, %d connections prepared, %d ms in all",
                    rounds, inMemory, warmed, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            state = "failed";
            LOG.warnf("Order check warm-up incomplete (the first checks may be slow): %s", e.toString());
        }
    }

    /** One synthetic check through the JSON, validation and in-memory path, the way a request takes it. */
    private CheckRecord rehearse(int round) {
        try {
            OrderCheckRequest request = json.readValue(json.writeValueAsBytes(request(round)),
                    OrderCheckRequest.class);
            StayHistory history = history(request.orders());
            if (!validator.forExecutables().validateParameters(resource, CHECK, new Object[] {request, null})
                    .isEmpty()) {
                throw new IllegalStateException("the warm-up order is invalid");
            }
            CheckCommand command = new CheckCommand(request, List.of(), CheckCommand.CHANNEL_API, USER,
                    System.nanoTime());
            OrderCheckService.Rehearsal rehearsal = checks.rehearse(command, history);
            // The stay as the database would return it is decoded by the repository; the rules see it here.
            json.writeValueAsBytes(rehearsal.outcome().response());
            return rehearsal.record();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The resource method whose parameters the REST layer validates on every check. */
    private static final java.lang.reflect.Method CHECK;

    static {
        try {
            CHECK = OrderResource.class.getMethod("check", OrderCheckRequest.class,
                    io.vertx.ext.web.RoutingContext.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A stay of 200 earlier lines over the same items, so the rules look at history as they do for real. */
    private static StayHistory history(List<OrderLineRequest> lines) {
        int n = 200;
        String[] ids = new String[n];
        String[] codes = new String[n];
        BigDecimal[] quantities = new BigDecimal[n];
        BigDecimal[] prices = new BigDecimal[n];
        String[] frequencies = new String[n];
        Integer[] days = new Integer[n];
        Boolean[] longTerms = new Boolean[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            OrderLineRequest line = lines.get(i % lines.size());
            ids[i] = "H" + i;
            codes[i] = line.itemCode();
            quantities[i] = line.quantity();
            prices[i] = line.unitPrice();
            frequencies[i] = line.frequency();
            days[i] = 1;
            longTerms[i] = i % 4 == 0;
            at[i] = line.orderedAt().minusHours(1 + i);
        }
        return new StayHistory(true, "WARM", List.of(InsuranceType.EMPLOYEE), n, 0,
                new StayHistory.StoredLines(ids, codes, new String[n], new String[n], quantities, prices,
                        frequencies, days, longTerms, at));
    }

    private static final StaffUser USER = new StaffUser("warm-up", Set.of(Roles.HIS), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** Ten lines over the current catalogue's first items (or unmatched codes if it is empty). */
    private OrderCheckRequest request(int round) {
        Iterator<CatalogItem> items = catalogs.snapshot().items().iterator();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<OrderLineRequest> lines = new ArrayList<>(10);
        for (int k = 0; k < 10; k++) {
            String code = items.hasNext() ? items.next().code() : "WARM-UP-" + k;
            lines.add(new OrderLineRequest("W" + round + "-" + k, code, null, null, "warm-up " + k,
                    BigDecimal.valueOf(1 + k % 3), BigDecimal.valueOf(12.5), "bid", 1, "D01", k % 2 == 0, now));
        }
        EncounterRequest encounter = new EncounterRequest(ENCOUNTER_ID, EncounterType.INPATIENT, "WARM", null,
                now.minusDays(3), InsuranceType.EMPLOYEE, 3,
                new PatientRequest("WARM-UP", 1 + round % 2, LocalDate.of(1960, 1, 1)),
                List.of(new DiagnosisRequest("I21.000", true)));
        return new OrderCheckRequest(encounter, lines);
    }
}
