package cn.yibao.guard.catalog;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** What the catalogue's endpoints do to a request before it is matched to a method. */
public class CatalogRequestFilters {

    private static final String PREFIX = "/api/v1/catalog/";
    private static final Pattern ENCODED_COLON = Pattern.compile("%3[Aa]");

    /**
     * Accepts {@code items%3Aimport} for {@code items:import}: clients that percent-encode the colon of a custom
     * method reach the same endpoint.
     */
    @ServerRequestFilter(preMatching = true, priority = 100)
    public void decodeColon(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawPath();
        if (raw != null && raw.startsWith(PREFIX) && ENCODED_COLON.matcher(raw).find()) {
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(ENCODED_COLON.matcher(raw).replaceAll(":"))
                    .build());
        }
    }

    /**
     * Lets {@code ?format=csv|json} choose the representation of the catalogue's exports and reports, by turning it
     * into the {@code Accept} header; each format then has its own method. Without {@code format} an explicit
     * {@code Accept} of one of the two wins, else CSV for exports and JSON for reports.
     */
    @ServerRequestFilter(preMatching = true, priority = 200)
    public void chooseFormat(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        if (path == null || !path.startsWith(PREFIX) || !request.getMethod().equals("GET")) {
            return;
        }
        boolean export = path.endsWith(":export");
        if (!export && !path.endsWith("/code-map/unmapped")) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        ImportFormat chosen = ImportBody.format(format, null);
        if (chosen == null) {
            chosen = fromAccept(request.getAcceptableMediaTypes(), export ? ImportFormat.CSV : ImportFormat.JSON);
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, chosen == ImportFormat.CSV ? CatalogResource.CSV
                : MediaType.APPLICATION_JSON);
    }

    private static ImportFormat fromAccept(List<MediaType> accepted, ImportFormat fallback) {
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return ImportFormat.JSON;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return ImportFormat.CSV;
            }
        }
        return fallback;
    }
}
