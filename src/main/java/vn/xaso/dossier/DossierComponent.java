package vn.xaso.dossier;

import java.util.List;
import vn.xaso.catalog.Procedure.CopyType;

/**
 * One component of a dossier, as the procedure asks for it, whether the applicant provided it, and its electronic copy
 * (the scan or upload made for this paper; null while it has none).
 */
public record DossierComponent(String name, CopyType copyType, int quantity, boolean required, boolean provided,
        String copyFileId) {

    public DossierComponent(String name, CopyType copyType, int quantity, boolean required, boolean provided) {
        this(name, copyType, quantity, required, provided, null);
    }

    /**
     * Digitised (Decision 766 indicator 4.1): every component provided has its electronic copy — one scanned paper of
     * five is not a digitised dossier; nothing provided, nothing digitised. The reports' {@code dossier_facts.scanned}
     * applies the same rule.
     */
    public static boolean digitised(List<DossierComponent> components) {
        List<DossierComponent> provided = components.stream().filter(DossierComponent::provided).toList();
        return !provided.isEmpty() && provided.stream().allMatch(c -> c.copyFileId() != null);
    }
}
