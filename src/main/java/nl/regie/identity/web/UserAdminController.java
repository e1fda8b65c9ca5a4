package nl.regie.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.regie.identity.NewUser;
import nl.regie.identity.RegieUser;
import nl.regie.identity.Role;
import nl.regie.identity.Users;
import nl.regie.municipality.Municipalities;

/** Functional administrator: accounts and their roles. No dossier content is reachable from here. */
@Controller
class UserAdminController {

    private final Users users;
    private final Municipalities municipalities;
    private final Validator validator;

    UserAdminController(Users users, Municipalities municipalities, Validator validator) {
        this.users = users;
        this.municipalities = municipalities;
        this.validator = validator;
    }

    @GetMapping("/beheer/gebruikers")
    String list(Model model) {
        return view(model, new UserForm(), Map.of());
    }

    /** The form as typed (the password is never sent back). */
    public static class UserForm {
        private String username;
        private String displayName;
        private String role;
        private String municipalityCode;
        private String organisation;
        private String password;

        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { displayName = v; }
        public String getRole() { return role; }
        public void setRole(String v) { role = v; }
        public String getMunicipalityCode() { return municipalityCode; }
        public void setMunicipalityCode(String v) { municipalityCode = v; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String v) { organisation = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { password = v; }
    }

    @PostMapping("/beheer/gebruikers")
    String create(UserForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Role role = null;
        try {
            role = form.getRole() == null || form.getRole().isBlank() ? null : Role.valueOf(form.getRole());
        } catch (IllegalArgumentException e) {
            errors.put("role", "Kies een rol.");
        }
        NewUser u = new NewUser(trim(form.getUsername()), trim(form.getDisplayName()), role,
                trim(form.getMunicipalityCode()), trim(form.getOrganisation()), form.getPassword());
        validator.validate(u).forEach(v -> {
            String path = v.getPropertyPath().toString();
            String field = path.startsWith("municipality") ? "municipalityCode" : path.startsWith("organisation") ? "organisation" : path;
            errors.putIfAbsent(field, v.getMessage());
        });
        if (errors.isEmpty()) {
            try {
                users.create(u);
                redirect.addFlashAttribute("flash", "Gebruiker " + u.username() + " aangemaakt.");
                return "redirect:/beheer/gebruikers";
            } catch (Users.UserProblem e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        response.setStatus(400);
        form.setPassword(null);
        return view(model, form, errors);
    }

    @PostMapping("/beheer/gebruikers/{username}/actief")
    String setActive(RegieUser admin, @PathVariable String username, @RequestParam boolean actief, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        try {
            users.setActive(username, actief, admin.username());
            redirect.addFlashAttribute("flash", "Gebruiker " + username + (actief ? " gedeblokkeerd." : " geblokkeerd."));
            return "redirect:/beheer/gebruikers";
        } catch (Users.UserProblem e) {
            response.setStatus(400);
            return view(model, new UserForm(), Map.of("username", e.getMessage()));
        }
    }

    private String view(Model model, UserForm form, Map<String, String> errors) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("municipalities", municipalities.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/users";
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
