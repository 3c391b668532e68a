package cn.yibao.guard.hospital;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.yibao.guard.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/hospital")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hospital", description = "Departments, wards and doctors")
public class HospitalResource {

    private final HospitalService service;

    public HospitalResource(HospitalService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.HIS, Roles.PHYSICIAN, Roles.NURSE, Roles.INSURANCE_OFFICER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The hospital's departments, wards and doctors")
    public Uni<Hospital> hospital() {
        return service.hospital();
    }
}
