package nl.regie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Regie: the system with which municipalities run their statutory role ("regierol") under the
 * Wet inburgering 2021. Each top-level package below this one is a business module; see DEVELOPMENT.md.
 */
@SpringBootApplication
public class RegieApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegieApplication.class, args);
    }
}
