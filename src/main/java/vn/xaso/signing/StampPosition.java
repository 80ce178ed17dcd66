package vn.xaso.signing;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.xaso.api.InvalidInput;

/** The top-left corner of a leader's stamp on a page (1-based), in PDF points from the page's top-left corner. */
record StampPosition(int page, float x, float y) {

    /** Space between an anchor's baseline and the stamp under it. */
    private static final float GAP = 4;

    /** Resolves a placement in a PDF for a stamp of the given size. */
    static StampPosition of(byte[] pdf, Placement placement, float width, float height) {
        return of(pdf, placement, width, height, null, null);
    }

    /** The same, for a signer whose printed name and title the paper may carry ({@link Placement#SIGNER_BLOCK}). */
    static StampPosition of(byte[] pdf, Placement placement, float width, float height, String signerName, String signerTitle) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int last = document.getNumberOfPages();
            PDRectangle box = document.getPage(last - 1).getMediaBox();
            if (placement.anchor() != null) {
                return below(document, placement.anchor(), width);
            }
            if (placement.signerBlock()) {
                StampPosition block = signerBlock(document, signerName, signerTitle, width, height);
                if (block != null) {
                    return block;
                }
            }
            if (placement.whereSigned()) {
                StampPosition signed = lastSignature(document);
                if (signed != null) {
                    return signed;
                }
            }
            if (placement.x() != null && placement.y() != null) {
                return new StampPosition(last, placement.x(), placement.y());
            }
            return new StampPosition(last, box.getWidth() - width - 70, box.getHeight() - height - 100);
        } catch (IOException e) {
            throw new InvalidInput("file", "signing.pdf.unreadable");
        }
    }

    /** The top-left corner of the last visible signature on any page, or null when there is none. */
    private static StampPosition lastSignature(PDDocument document) throws IOException {
        StampPosition found = null;
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            PDPage p = document.getPage(page);
            for (var annotation : p.getAnnotations()) {
                PDRectangle r = annotation.getRectangle();
                if ("Widget".equals(annotation.getSubtype()) && r != null && r.getWidth() > 0) {
                    found = new StampPosition(page + 1, r.getLowerLeftX(), p.getMediaBox().getHeight() - r.getUpperRightY());
                }
            }
        }
        return found;
    }

    /**
     * Where the number goes on the "Số:" line: right after it; {@code coverTo} is where what is printed after it on
     * that line ends — the blank, its dots and the symbol printed with it (e.g. {@code ……/UBND-VP}) — which the
     * number's box covers, to write the whole number and symbol afresh; 0 when nothing is printed there.
     */
    record After(StampPosition position, float coverTo) {
    }

    static java.util.Optional<After> after(byte[] pdf, String anchor, float height) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AnchorFinder finder = new AnchorFinder(anchor);
            finder.setEndPage(1);
            finder.getText(document);
            if (finder.first == null) {
                return java.util.Optional.empty();
            }
            TextPosition end = finder.first.get(finder.first.size() - 1);
            float x = end.getXDirAdj() + end.getWidthDirAdj() + 3;
            float y = end.getYDirAdj() - height * 0.8f;
            float coverTo = finder.firstLineRestEnd == null || !finder.firstLineRest.contains("/") ? 0
                    : finder.firstLineRestEnd.getXDirAdj() + finder.firstLineRestEnd.getWidthDirAdj() + 1;
            return java.util.Optional.of(new After(new StampPosition(1, x, Math.max(0, y)), coverTo));
        } catch (IOException e) {
            throw new InvalidInput("file", "signing.pdf.unreadable");
        }
    }

    /**
     * In the signer's block: in the space a paper leaves between the signer's title and their printed name — just under
     * the line printed above the name's last occurrence in its column (the title, never covered: the stamp may reach
     * down over the printed name, which it carries itself), or just above the name when nothing is printed above it;
     * else centred under their title; null when the paper names neither.
     */
    private static StampPosition signerBlock(PDDocument document, String name, String title, float width, float height)
            throws IOException {
        if (name != null && !name.isBlank()) {
            AnchorFinder finder = new AnchorFinder(name.strip());
            finder.getText(document);
            if (finder.found != null) {
                TextPosition first = finder.found.get(0);
                TextPosition end = finder.found.get(finder.found.size() - 1);
                float left = first.getXDirAdj();
                float right = end.getXDirAdj() + end.getWidthDirAdj();
                float centre = (left + right) / 2;
                float pageWidth = document.getPage(finder.foundPage - 1).getMediaBox().getWidth();
                float x = Math.max(0, Math.min(pageWidth - width, centre - width / 2));
                float nameTop = first.getYDirAdj() - first.getHeightDir();
                Float above = finder.lineAbove(finder.foundPage, nameTop, left - width / 2, right + width / 2);
                float top = above == null || nameTop - above > 3 * height ? nameTop - GAP - height : above + GAP;
                return new StampPosition(finder.foundPage, x, Math.max(0, top));
            }
        }
        if (title != null && !title.isBlank()) {
            String upper = title.strip().toUpperCase(java.util.Locale.forLanguageTag("vi"));
            AnchorFinder finder = new AnchorFinder(upper);
            finder.getText(document);
            if (finder.found != null) {
                return below(document, upper, width);
            }
        }
        return null;
    }

    /** Centred under the last occurrence of the anchor text, kept inside the page. */
    private static StampPosition below(PDDocument document, String anchor, float width) throws IOException {
        AnchorFinder finder = new AnchorFinder(anchor);
        finder.getText(document);
        if (finder.found == null) {
            throw new InvalidInput("anchor", "signing.anchor.missing", anchor);
        }
        TextPosition first = finder.found.get(0);
        TextPosition end = finder.found.get(finder.found.size() - 1);
        float centre = (first.getXDirAdj() + end.getXDirAdj() + end.getWidthDirAdj()) / 2;
        float pageWidth = document.getPage(finder.foundPage - 1).getMediaBox().getWidth();
        float x = Math.max(0, Math.min(pageWidth - width, centre - width / 2));
        return new StampPosition(finder.foundPage, x, end.getYDirAdj() + GAP);
    }

    /** Collects each page's characters with their positions and remembers the last place the anchor occurs. */
    private static final class AnchorFinder extends PDFTextStripper {

        private final String anchor;
        private final StringBuilder pageText = new StringBuilder();
        private final List<TextPosition> pagePositions = new ArrayList<>();
        private List<TextPosition> found;
        private int foundPage;
        private List<TextPosition> first;
        private String firstLineRest = "";
        /** The last character of the first token after the anchor on its line (e.g. the symbol "/UBND-VP"). */
        private TextPosition firstLineRestEnd;

        AnchorFinder(String anchor) throws IOException {
            this.anchor = Normalizer.normalize(anchor, Normalizer.Form.NFC);
        }

        @Override
        protected void startPage(PDPage page) {
            pageText.setLength(0);
            pagePositions.clear();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
                for (char c : Normalizer.normalize(position.getUnicode(), Normalizer.Form.NFC).toCharArray()) {
                    pageText.append(c);
                    pagePositions.add(position);
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            pageText.append(' ');
            pagePositions.add(null);
        }

        @Override
        protected void writeLineSeparator() {
            pageText.append('\n');
            pagePositions.add(null);
        }

        /** The baselines of the characters on each page, to find what is printed above a place. */
        private final java.util.Map<Integer, List<TextPosition>> pages = new java.util.HashMap<>();

        /** The baseline of the lowest text above {@code y} on the page, within {@code left}…{@code right}; null if none. */
        Float lineAbove(int page, float y, float left, float right) {
            Float best = null;
            for (TextPosition p : pages.getOrDefault(page, List.of())) {
                float baseline = p.getYDirAdj();
                if (baseline < y - 1 && p.getXDirAdj() + p.getWidthDirAdj() >= left && p.getXDirAdj() <= right
                        && (best == null || baseline > best)) {
                    best = baseline;
                }
            }
            return best;
        }

        @Override
        protected void endPage(PDPage page) {
            pages.put(getCurrentPageNo(), pagePositions.stream().filter(p -> p != null).toList());
            int start = pageText.indexOf(anchor);
            if (first == null && start >= 0) {
                first = pagePositions.subList(start, start + anchor.length()).stream().filter(p -> p != null).toList();
                int lineEnd = pageText.indexOf("\n", start);
                int restStart = start + anchor.length();
                firstLineRest = pageText.substring(restStart, lineEnd < 0 ? pageText.length() : lineEnd);
                // the number line's printed part: up to the end of the token that holds the symbol's slash
                int slash = firstLineRest.indexOf('/');
                if (slash >= 0) {
                    int tokenEnd = slash;
                    while (tokenEnd + 1 < firstLineRest.length() && !Character.isWhitespace(firstLineRest.charAt(tokenEnd + 1))) {
                        tokenEnd++;
                    }
                    firstLineRestEnd = pagePositions.get(restStart + tokenEnd);
                }
            }
            int at = pageText.lastIndexOf(anchor);
            if (at >= 0) {
                found = pagePositions.subList(at, at + anchor.length()).stream().filter(p -> p != null).toList();
                foundPage = getCurrentPageNo();
            }
        }
    }
}
