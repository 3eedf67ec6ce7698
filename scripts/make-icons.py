"""Writes the app icons (public/icons/icon-192.png, icon-512.png): the brand colour with a white bar.

Plain zlib PNG encoding, so no image library is needed. Run again only to change the design.
"""
import struct
import zlib

BRAND = (0x16, 0x4A, 0x75)  # --color-brand-700 in app/globals.css
WHITE = (0xFF, 0xFF, 0xFF)


def png(size: int, path: str) -> None:
    rows = []
    for y in range(size):
        band = size * 0.42 <= y <= size * 0.58
        row = bytearray([0])
        for x in range(size):
            inner = size * 0.22 <= x <= size * 0.78
            row += bytes(WHITE if band and inner else BRAND)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0)
    with open(path, 'wb') as out:
        out.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))


png(192, 'public/icons/icon-192.png')
png(512, 'public/icons/icon-512.png')
