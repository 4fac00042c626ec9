package org.govict.infosec;

/**
 * The facts of Decree 85/2016/NĐ-CP that Decree 331/2026 does not record the same way, kept as the Decree 85 dossiers
 * were proposed on them.
 *
 * @param personalData whether the system processed private or personal information
 * @param onlineServiceLevel the highest level of online public service it provided (0 for none, 1–4)
 * @param regularUsers the number of regular users or accounts
 * @param dependents which systems depended on it
 */
public record Decree85Facts(boolean personalData, int onlineServiceLevel, int regularUsers, Dependence dependents) {
}
