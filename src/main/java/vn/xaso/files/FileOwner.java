package vn.xaso.files;

import vn.xaso.identity.XasoUser;

/** Implemented by each module that owns files (dossiers, documents): may this user read that owner's files? */
public interface FileOwner {

    String ownerKind();

    boolean canRead(XasoUser user, String ownerRef);
}
