package cn.yibao.guard.hospital;

import java.util.List;

/** The hospital's organisation as one document: what the demo seeds and what the API lists. */
public record Hospital(List<Department> departments, List<Ward> wards, List<Doctor> doctors) {
}
