package cn.yibao.guard.alert.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import cn.yibao.guard.support.TestUsers;
import io.restassured.http.ContentType;

/** Order checks sent as HIS sends them, for tests that watch the alerts they raise. */
public final class AlertOrders {

    private AlertOrders() {
    }

    /** Sends the check as HIS; returns the check id. */
    public static String submit(Map<String, Object> request) {
        return given().auth().oauth2(TestUsers.his()).contentType(ContentType.JSON).body(request)
                .post("/api/v1/orders").then().statusCode(200).extract().path("checkId");
    }

    /** A line as {@link cn.yibao.guard.order.support.Orders#line} makes it, ordered by {@code doctorCode}. */
    public static Map<String, Object> line(String lineId, String itemCode, Object quantity, String doctorCode) {
        Map<String, Object> l = cn.yibao.guard.order.support.Orders.line(lineId, itemCode, quantity);
        l.put("doctorCode", doctorCode);
        return l;
    }
}
