/**
 * Financieel ontzorgen (Participatiewet art. 56a): for an asylum permit holder on bijstand the municipality pays the
 * vaste lasten (rent, energy, water, health insurance; phone optional, seed 004) from the benefit for six months from
 * the start of the right to bijstand (the municipality's policy may give more), extendable, endable early once the
 * newcomer manages on their own; the monthly SEPA payment run (pain.001.001.09) per municipality; checkpoints of the
 * way to financial self-reliance. Owns {@code financial_relief}, {@code fixed_charge}, {@code relief_checkpoint},
 * {@code relief_payment_run}, {@code relief_payment}, {@code relief_payment_file} and
 * {@code municipal_payment_account}; tells the dossier module the arrangement's end through
 * {@link nl.regie.dossier.FinancialReliefFacts}.
 */
package nl.regie.relief;
