package vn.xaso.dossier;

import vn.xaso.catalog.Procedure.CopyType;

/** One component of a dossier, as the procedure asks for it, and whether the applicant provided it. */
public record DossierComponent(String name, CopyType copyType, int quantity, boolean required, boolean provided) {
}
