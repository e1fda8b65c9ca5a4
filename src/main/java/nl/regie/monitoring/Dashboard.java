package nl.regie.monitoring;

import java.util.List;

/** What the dashboard shows for one filter: the KPI tables and the trend of each target. */
public record Dashboard(MonitoringFilter filter, String scopeName, List<Figures.Table> tables, List<Figures.Table> trends) {

    public Figures.Table table(String id) {
        return java.util.stream.Stream.concat(tables.stream(), trends.stream())
                .filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new nl.regie.shared.RegieProblem.NotFound("Deze tabel bestaat niet."));
    }
}
