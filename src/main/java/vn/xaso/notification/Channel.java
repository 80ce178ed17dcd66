package vn.xaso.notification;

/** How a notice goes: SMS, e-mail, Zalo (ZNS) for citizens; in the app for officials. */
public enum Channel { SMS, EMAIL, ZALO, IN_APP }
