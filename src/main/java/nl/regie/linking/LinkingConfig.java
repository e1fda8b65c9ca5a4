package nl.regie.linking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that handle COA imports in the background. Few on purpose: an import writes one dossier per record
 * and should not starve the screens; a full queue refuses a new import with a Dutch message rather than queueing
 * it for an unknown time.
 */
@Configuration(proxyBeanMethods = false)
class LinkingConfig {

    static final String IMPORT_EXECUTOR = "coaImportExecutor";

    @Bean(IMPORT_EXECUTOR)
    ThreadPoolTaskExecutor coaImportExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("coa-import-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(8);
        // On shutdown the running record finishes; the run is then shown as stopped and can be read again.
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
