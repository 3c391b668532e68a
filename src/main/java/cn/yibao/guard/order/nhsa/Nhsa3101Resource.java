package cn.yibao.guard.order.nhsa;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.Problem;
import cn.yibao.guard.common.ProblemException;
import cn.yibao.guard.common.ProblemMappers;
import cn.yibao.guard.order.CheckCommand;
import cn.yibao.guard.order.CheckMetrics;
import cn.yibao.guard.order.OrderCheckService;
import cn.yibao.guard.order.api.OrderLineRequest;
import cn.yibao.guard.order.nhsa.Nhsa3101Mapper.Mapped;
import cn.yibao.guard.security.Roles;
import cn.yibao.guard.security.StaffUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

@Path("/api/v1/nhsa/3101")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Order check")
public class Nhsa3101Resource {

    private final OrderCheckService checks;
    private final NhsaCodes codes;
    private final Validator validator;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final ZoneId zone;

    public Nhsa3101Resource(OrderCheckService checks, NhsaCodes codes, Validator validator, ObjectMapper json,
            SecurityIdentity identity, @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone) {
        this.checks = checks;
        this.codes = codes;
        this.validator = validator;
        this.json = json;
        this.identity = identity;
        this.zone = zone;
    }

    @POST
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN})
    @Operation(summary = "The national platform's 3101 事前 review, mapped to the order check",
            description = "Accepts the 3101 明细审核事前分析服务 message (envelope with input.data.patient_dtos) so that "
                    + "HIS already wired to the platform can point here. Lines with curr_drord_flag = 1 are "
                    + "checked; lines with 0 are earlier orders of the stay, recorded if new and counted. Answers "
                    + "the platform's result shape (output.result: jr_id, rule_id, vola_cont, sev_deg, "
                    + "judge_result_detail_dtos …) plus output.check_id, verdict and unmatched. Errors are "
                    + "problem+json naming the 3101 field path.")
    @APIResponse(responseCode = "200", description = "The violations found (none when PASS or UNCHECKED)")
    @APIResponse(responseCode = "400", description = "Invalid request; nothing recorded")
    public Uni<Nhsa3101Response> analyse(Nhsa3101Request body, @Context RoutingContext rc) {
        Nhsa3101Mapper mapper = new Nhsa3101Mapper(codes, zone);
        Mapped mapped = mapper.map(body);
        validate(mapped, mapper);
        CheckCommand command = new CheckCommand(mapped.request(), mapped.priorLines(),
                CheckCommand.CHANNEL_NHSA_3101, StaffUser.of(identity), CheckMetrics.startedNanos(rc));
        return checks.check(command)
                .map(outcome -> Nhsa3101Answer.of(outcome, mapped, zone, json))
                .onFailure(ProblemException.class).transform(e -> translate((ProblemException) e, mapper));
    }

    /** The check's own constraints, reported under the 3101 field names. */
    private void validate(Mapped mapped, Nhsa3101Mapper mapper) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : validator.validate(mapped.request())) {
            errors.add(new FieldError(mapper.field(ProblemMappers.fieldOf(v)), v.getMessage()));
        }
        List<OrderLineRequest> prior = mapped.priorLines();
        for (int i = 0; i < prior.size(); i++) {
            for (ConstraintViolation<?> v : validator.validate(prior.get(i))) {
                errors.add(new FieldError(mapper.field("prior[" + i + "]." + ProblemMappers.fieldOf(v)),
                        v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw Nhsa3101Mapper.invalid(errors);
        }
    }

    private static ProblemException translate(ProblemException e, Nhsa3101Mapper mapper) {
        Problem p = e.problem();
        List<FieldError> errors = p.errors().stream().map(f -> new FieldError(mapper.field(f.field()), f.message()))
                .toList();
        return new ProblemException(new Problem(p.type(), p.title(), p.status(), p.detail(), p.instance(), errors));
    }
}
