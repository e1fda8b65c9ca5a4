/**
 * Afronding en nazorg: how a dossier's integration duty ended (B1 exam, Z-route final interview, taalschakeltraject,
 * or DUO's vrijstelling/ontheffing), the notice to DUO that the municipality sends on completion (seed 001; JSON and
 * XML from one model, {@code docs/duo-notice.md}), the aftercare contact (seed 003) and closing the dossier.
 * Moves the dossier through the lifecycle only via {@link nl.regie.dossier.RecordingLifecycleStep}.
 */
package nl.regie.completion;
