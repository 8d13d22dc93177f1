/* Copying decoded TIFF rows into the output, sample by sample where the layouts differ.

   libtiff has already undone compression, the predictor, the fill order and the byte order, so
   a decoded row holds samples packed most-significant-bit first (1, 2 and 4 bits) or as
   host-order 8-, 16- and 32-bit integers. 16-bit colour samples keep their high byte, as in
   PNGReader.c. */

#include "TIFFReader.h"

#include <string.h>

/* The `index`-th sample of a packed row of `bits`-bit samples (1, 2, 4, 8 or 16 bits). */
static unsigned tiff_sample(const unsigned char *row, uint64_t index, unsigned bits) {
    if (bits == 8) {
        return row[index];
    }
    if (bits == 16) {
        uint16_t value;
        memcpy(&value, row + 2 * index, sizeof value);
        return value;
    }
    uint64_t bit = index * bits;
    return (unsigned)(row[bit >> 3] >> (8 - bits - (bit & 7))) & ((1u << bits) - 1);
}

/* A colour sample reduced to 8 bits. */
static unsigned char tiff_colour(const unsigned char *row, uint64_t index, unsigned bits) {
    unsigned value = tiff_sample(row, index, bits);
    return (unsigned char)(bits == 16 ? value >> 8 : value);
}

static void tiff_copy_grey(const TIFFReader *reader, const unsigned char *source, uint32_t column,
                           uint32_t count, unsigned char *destination) {
    unsigned bits = reader->bitsPerSample;
    if (bits >= 8) {
        size_t bytes = bits / 8;
        memcpy(destination + (size_t)column * bytes, source, (size_t)count * bytes);
        return;
    }
    for (uint32_t pixel = 0; pixel < count; pixel++) {
        destination[column + pixel] = (unsigned char)tiff_sample(source, pixel, bits);
    }
}

static void tiff_copy_rgb(const TIFFReader *reader, const unsigned char *source, uint16_t plane,
                          uint32_t count, unsigned char *output) {
    unsigned bits = reader->bitsPerSample;
    if (reader->separatePlanes) {
        for (uint32_t pixel = 0; pixel < count; pixel++) {
            output[3 * (size_t)pixel + plane] = tiff_colour(source, pixel, bits);
        }
        return;
    }
    uint64_t step = reader->samplesPerPixel;
    if (bits == 8 && step == 3) {
        memcpy(output, source, (size_t)count * 3);
        return;
    }
    for (uint32_t pixel = 0; pixel < count; pixel++) {
        for (unsigned channel = 0; channel < 3; channel++) {
            output[3 * (size_t)pixel + channel] = tiff_colour(source, pixel * step + channel, bits);
        }
    }
}

static void tiff_copy_grey_as_rgb(const TIFFReader *reader, const unsigned char *source, uint32_t count,
                                  unsigned char *output) {
    uint64_t step = reader->separatePlanes ? 1 : reader->samplesPerPixel;
    for (uint32_t pixel = 0; pixel < count; pixel++) {
        unsigned char value = tiff_colour(source, pixel * step, reader->bitsPerSample);
        memset(output + 3 * (size_t)pixel, value, 3);
    }
}

static void tiff_copy_palette(const TIFFReader *reader, const unsigned char *source, uint32_t count,
                              unsigned char *output) {
    for (uint32_t pixel = 0; pixel < count; pixel++) {
        unsigned index = tiff_sample(source, pixel, reader->bitsPerSample);
        for (unsigned channel = 0; channel < 3; channel++) {
            output[3 * (size_t)pixel + channel] = (unsigned char)(reader->colormap[channel][index] >> 8);
        }
    }
}

void nb_tiff_copy_row(const TIFFReader *reader, const unsigned char *source, uint16_t plane, uint32_t column,
                      uint32_t count, unsigned char *destination) {
    unsigned char *output = destination + 3 * (size_t)column;
    switch (reader->output) {
    case TIFFOutputGrey:
        tiff_copy_grey(reader, source, column, count, destination);
        break;
    case TIFFOutputRGB:
        tiff_copy_rgb(reader, source, plane, count, output);
        break;
    case TIFFOutputGreyAsRGB:
        tiff_copy_grey_as_rgb(reader, source, count, output);
        break;
    case TIFFOutputPalette:
        tiff_copy_palette(reader, source, count, output);
        break;
    }
}
