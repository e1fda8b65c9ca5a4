/**
 * Rules as a service: {@code POST /api/v1/assessments} applies the pure rules module to facts posted by any
 * system, with the municipality's policy version in force on the reference date. Kept apart from {@code rules}
 * so that the law itself depends on nothing but {@code shared}.
 */
package nl.regie.assessment;
