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
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int last = document.getNumberOfPages();
            PDRectangle box = document.getPage(last - 1).getMediaBox();
            if (placement.anchor() != null) {
                return below(document, placement.anchor(), width);
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
     * Where the text written after the first occurrence of {@code anchor} goes ({@code "Số:"} on the first page),
     * with whether the line already carries the symbol ({@code "Số:      /QĐ-UBND"}, so only the number is missing).
     */
    record After(StampPosition position, boolean symbolPrinted) {
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
            return java.util.Optional.of(new After(new StampPosition(1, x, Math.max(0, y)), finder.firstLineRest.contains("/")));
        } catch (IOException e) {
            throw new InvalidInput("file", "signing.pdf.unreadable");
        }
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

        @Override
        protected void endPage(PDPage page) {
            int start = pageText.indexOf(anchor);
            if (first == null && start >= 0) {
                first = pagePositions.subList(start, start + anchor.length()).stream().filter(p -> p != null).toList();
                int lineEnd = pageText.indexOf("\n", start);
                firstLineRest = pageText.substring(start + anchor.length(), lineEnd < 0 ? pageText.length() : lineEnd);
            }
            int at = pageText.lastIndexOf(anchor);
            if (at >= 0) {
                found = pagePositions.subList(at, at + anchor.length()).stream().filter(p -> p != null).toList();
                foundPage = getCurrentPageNo();
            }
        }
    }
}
