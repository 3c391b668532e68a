package cn.yibao.guard.rules.nhsa;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cn.yibao.guard.common.FieldError;
import cn.yibao.guard.common.Problem;

/**
 * A batch that cannot be imported is answered as problem+json {@code invalid-sheet} (400), naming sheet, row and
 * column in {@code errors[0].field} ({@code <sheet>[<row>].<column>}, e.g. {@code b1-drug-sex.csv[17].限定对象})
 * and in the detail.
 */
public class SheetProblems {

    public static Problem problem(SheetException e) {
        return Problem.of(400, "invalid-sheet", "Invalid rule batch", e.getMessage(),
                List.of(new FieldError(e.field(), e.reason())));
    }

    @ServerExceptionMapper
    public Response sheet(SheetException e, UriInfo uri) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem(e).withInstance(uri.getPath())).build();
    }
}
