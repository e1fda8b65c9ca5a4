package nl.regie.planning;

import nl.regie.rules.LearningRoute;

/**
 * Expected shares of the three learning routes among the inburgeringsplichtige permit holders, in whole percentages
 * summing to 100.
 */
public record RouteMix(int b1, int education, int selfReliance) {

    /**
     * The Ministry's national estimate: 65% B1-route, 20% onderwijsroute, 15% Z-route (seed 003, bijlage 1, footnote 33).
     */
    public static final RouteMix NATIONAL = new RouteMix(65, 20, 15);

    public boolean sumsTo100() {
        return b1 + education + selfReliance == 100;
    }

    public int percent(LearningRoute route) {
        return switch (route) {
            case B1 -> b1;
            case EDUCATION -> education;
            case SELF_RELIANCE -> selfReliance;
        };
    }

    /** "55 / 20 / 25". */
    public String dutch() {
        return b1 + " / " + education + " / " + selfReliance;
    }
}
