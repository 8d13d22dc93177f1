#ifndef NUCBENCH_TIFFREADER_H
#define NUCBENCH_TIFFREADER_H

/* The state of one TIFF being decoded, shared by TIFFReader.c (opening, checks, strip and tile
   loop) and TIFFSamples.c (copying decoded rows into the output). Private to the bridge. */

#include "ImageReader.h"

#include <tiffio.h>

/* How the stored samples become the output. */
typedef enum TIFFOutput {
    /* One grey sample per pixel at its own depth. */
    TIFFOutputGrey,
    /* The first three samples as 8-bit RGB. */
    TIFFOutputRGB,
    /* The first sample, replicated to 8-bit RGB (grey with one extra sample, such as alpha). */
    TIFFOutputGreyAsRGB,
    /* A palette index looked up in the 16-bit colour map, each entry's high byte. */
    TIFFOutputPalette,
} TIFFOutput;

typedef struct TIFFReader {
    NBImageReader base;
    TIFF *tiff;
    const unsigned char *bytes;
    uint64_t count;
    uint64_t position;
    char error[NB_MESSAGE_CAPACITY];
    NBImageLayout layout;
    TIFFOutput output;
    uint16_t samplesPerPixel;
    uint16_t bitsPerSample;
    /* Whether each plane is stored apart (PLANARCONFIG_SEPARATE with more than one sample). */
    int separatePlanes;
    int tiled;
    /* Tile size, or image width × rows per strip. */
    uint32_t blockWidth;
    uint32_t blockHeight;
    /* Bytes of one decoded row of a block, and of a whole block. */
    uint64_t blockRowBytes;
    uint64_t blockBytes;
    const uint16_t *colormap[3];
    unsigned char *scratch;
} TIFFReader;

/* Copies `count` pixels of one decoded block row, belonging to `plane` when planes are stored
   apart, into the output row `destination` starting at column `column`. */
void nb_tiff_copy_row(const TIFFReader *reader, const unsigned char *source, uint16_t plane, uint32_t column,
                      uint32_t count, unsigned char *destination);

#endif
