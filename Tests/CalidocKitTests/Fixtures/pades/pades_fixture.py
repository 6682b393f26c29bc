"""Makes signed-PDF (PAdES) test fixtures with pyHanko; run by the Swift tests in a temporary folder.

    pades_fixture.py blank OUT.pdf                      a one-page PDF
    pades_fixture.py sign IN.pdf OUT.pdf KEY CERT CHAIN FIELD [pades|pkcs7]
    pades_fixture.py update IN.pdf OUT.pdf              an incremental update after signing (new /Info)
Nothing it makes is committed: keys and certificates come from a throw-away openssl CA.
"""
import sys


def blank(out):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    ]
    stream = b"BT /F1 12 Tf 72 770 Td (Resolucion exenta) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    data = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        data += b"%010d 00000 n \n" % offset
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(out, "wb") as handle:
        handle.write(data)


def sign(source, out, key, cert, chain, field, subfilter="pades"):
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signer = signers.SimpleSigner.load(key, cert, ca_chain_files=(chain,), key_passphrase=None)
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        name="Jefa de Servicio",
        reason="Aprobación de la Política de Calidad de Servicio",
        location="Santiago",
        subfilter=SigSeedSubFilter.PADES if subfilter == "pades" else SigSeedSubFilter.ADOBE_PKCS7_DETACHED,
    )
    with open(source, "rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        with open(out, "wb") as target:
            signers.sign_pdf(writer, meta, signer=signer, output=target)


def update(source, out):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils import generic

    with open(source, "rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        root = writer.root
        root["/Lang"] = generic.TextStringObject("es-CL")
        writer.update_root()
        with open(out, "wb") as target:
            writer.write(target)


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    {"blank": blank, "sign": sign, "update": update}[command](*arguments)
