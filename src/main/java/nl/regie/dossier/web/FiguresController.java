package nl.regie.dossier.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.regie.dossier.DossierCounts;
import nl.regie.identity.RegieUser;

/** Aggregated figures of the own municipality; no names, no person-level data. */
@Controller
class FiguresController {

    private final DossierCounts counts;

    FiguresController(DossierCounts counts) {
        this.counts = counts;
    }

    @GetMapping("/cijfers")
    String show(RegieUser user, Model model) {
        var byState = counts.byState(user);
        model.addAttribute("counts", byState);
        long total = byState.values().stream().mapToLong(DossierCounts.Count::value).sum();
        model.addAttribute("total", total < DossierCounts.SUPPRESS_BELOW && total > 0 ? "minder dan 5" : String.valueOf(total));
        return "dossier/figures";
    }
}
