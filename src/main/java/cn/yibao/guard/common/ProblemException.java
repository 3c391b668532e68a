package cn.yibao.guard.common;

/** Thrown by services to refuse a request with a given problem; mapped to problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalidField(field, message));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.notFound(detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.forbidden(detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.conflict(detail));
    }
}
