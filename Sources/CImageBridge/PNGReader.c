/* PNG decoding through libpng 1.6 from a memory buffer.

   libpng reports errors by calling the error function, which must not return; it longjmps
   back to the setjmp of the bridge function that called libpng. Everything that must survive
   the jump lives in the heap-allocated PNGReader, never in locals changed after setjmp.

   Grey images without alpha keep their depth and values: 1-, 2- and 4-bit samples are unpacked
   to one byte each with values 0…2^d−1 (png_set_packing, not scaled), 16-bit samples become
   host-order uint16_t (png_set_swap on little-endian hosts), and a tRNS chunk is ignored.
   Every other colour type becomes 8-bit RGB: palettes are expanded (png_set_palette_to_rgb),
   grey+alpha is replicated to RGB (png_set_gray_to_rgb), alpha and tRNS transparency are
   dropped without compositing (png_set_strip_alpha), and 16-bit samples keep their high byte
   (png_set_strip_16, the value divided by 256 and rounded down, as Pillow's "RGB;16B" unpacker
   does). No gamma, colour-profile or sBIT transformation is applied. */

#include "ImageReader.h"

#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

typedef struct PNGReader {
    NBImageReader base;
    png_structp png;
    png_infop info;
    const unsigned char *bytes;
    size_t count;
    size_t position;
    png_bytep *rows;
    NBImageLayout layout;
    char error[NB_MESSAGE_CAPACITY];
    char warnings[NB_MESSAGE_CAPACITY];
} PNGReader;

/* libpng's error function: records the message with any warnings before it, then jumps back. */
static void png_reader_error(png_structp png, png_const_charp text) {
    PNGReader *reader = png_get_error_ptr(png);
    nb_copy_message(reader->error, sizeof reader->error, text);
    if (reader->warnings[0] != '\0') {
        nb_append_message(reader->error, sizeof reader->error, " (", reader->warnings);
        nb_append_message(reader->error, sizeof reader->error, "", ")");
    }
    png_longjmp(png, 1);
}

/* libpng's warning function: keeps the text, because png_check_IHDR names the problem in a
   warning and then fails with the generic "Invalid IHDR data". */
static void png_reader_warning(png_structp png, png_const_charp text) {
    PNGReader *reader = png_get_error_ptr(png);
    nb_append_message(reader->warnings, sizeof reader->warnings, "; ", text);
}

static void png_reader_read_data(png_structp png, png_bytep data, size_t length) {
    PNGReader *reader = png_get_io_ptr(png);
    if (length > reader->count - reader->position) {
        png_error(png, "unexpected end of file (the file is truncated)");
    }
    memcpy(data, reader->bytes + reader->position, length);
    reader->position += length;
}

static void png_reader_close(NBImageReader *base) {
    PNGReader *reader = (PNGReader *)base;
    if (reader->png != NULL) {
        png_destroy_read_struct(&reader->png, reader->info != NULL ? &reader->info : NULL, NULL);
    }
    free(reader->rows);
    free(reader);
}

/* Chooses the transformations for the colour type and records the decoded layout. */
static void png_reader_configure(PNGReader *reader) {
    png_structp png = reader->png;
    png_infop info = reader->info;
    int colorType = png_get_color_type(png, info);
    int bitDepth = png_get_bit_depth(png, info);
    NBImageLayout *layout = &reader->layout;
    layout->width = png_get_image_width(png, info);
    layout->height = png_get_image_height(png, info);
    layout->format = NBSampleFormatUnsigned;
    if (colorType == PNG_COLOR_TYPE_GRAY) {
        if (bitDepth < 8) {
            png_set_packing(png);
        }
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (bitDepth == 16) {
            png_set_swap(png);
        }
#endif
        layout->channels = 1;
        layout->bytesPerSample = bitDepth == 16 ? 2 : 1;
        layout->bitDepth = (uint32_t)bitDepth;
    } else {
        if (colorType == PNG_COLOR_TYPE_PALETTE) {
            png_set_palette_to_rgb(png);
        }
        if (colorType == PNG_COLOR_TYPE_GRAY_ALPHA) {
            png_set_gray_to_rgb(png);
        }
        if (bitDepth == 16) {
            png_set_strip_16(png);
        }
        png_set_strip_alpha(png);
        layout->channels = 3;
        layout->bytesPerSample = 1;
        layout->bitDepth = 8;
    }
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    size_t rowBytes = (size_t)layout->width * layout->channels * layout->bytesPerSample;
    if (png_get_rowbytes(png, info) != rowBytes || png_get_channels(png, info) != layout->channels) {
        png_error(png, "unsupported combination of colour type and bit depth");
    }
}

static int png_reader_read(NBImageReader *base, void *pixels, size_t byteCount, char *message,
                           size_t messageCapacity) {
    PNGReader *reader = (PNGReader *)base;
    if (byteCount != nb_layout_byte_count(&reader->layout) || reader->rows != NULL) {
        nb_copy_message(message, messageCapacity, "pixel buffer does not match the image");
        return 0;
    }
    uint32_t height = reader->layout.height;
    size_t rowBytes = byteCount / height;
    reader->rows = malloc(sizeof(png_bytep) * height);
    if (reader->rows == NULL) {
        nb_copy_message(message, messageCapacity, "out of memory for row pointers");
        return 0;
    }
    for (uint32_t row = 0; row < height; row++) {
        reader->rows[row] = (png_bytep)pixels + (size_t)row * rowBytes;
    }
    if (setjmp(png_jmpbuf(reader->png))) {
        nb_copy_message(message, messageCapacity, reader->error);
        return 0;
    }
    png_read_image(reader->png, reader->rows);
    png_read_end(reader->png, NULL);
    return 1;
}

NBImageReader *nb_png_reader_open(const void *bytes, size_t count, uint64_t maximumPixels,
                                  NBImageLayout *layout, char *message, size_t messageCapacity) {
    PNGReader *reader = calloc(1, sizeof *reader);
    if (reader == NULL) {
        nb_copy_message(message, messageCapacity, "out of memory");
        return NULL;
    }
    reader->base.read = png_reader_read;
    reader->base.close = png_reader_close;
    reader->bytes = bytes;
    reader->count = count;
    reader->png = png_create_read_struct(PNG_LIBPNG_VER_STRING, reader, png_reader_error, png_reader_warning);
    if (reader->png != NULL) {
        reader->info = png_create_info_struct(reader->png);
    }
    if (reader->info == NULL) {
        nb_copy_message(message, messageCapacity, "cannot create the libpng read structures");
        png_reader_close(&reader->base);
        return NULL;
    }
    if (setjmp(png_jmpbuf(reader->png))) {
        nb_copy_message(message, messageCapacity, reader->error);
        png_reader_close(&reader->base);
        return NULL;
    }
    png_set_read_fn(reader->png, reader, png_reader_read_data);
    png_set_crc_action(reader->png, PNG_CRC_DEFAULT, PNG_CRC_DEFAULT);
    png_uint_32 side = maximumPixels < PNG_UINT_31_MAX ? (png_uint_32)maximumPixels : PNG_UINT_31_MAX;
    png_set_user_limits(reader->png, side, side);
    png_read_info(reader->png, reader->info);
    png_uint_32 width = png_get_image_width(reader->png, reader->info);
    png_uint_32 height = png_get_image_height(reader->png, reader->info);
    if ((uint64_t)width * height > maximumPixels) {
        char text[NB_MESSAGE_CAPACITY];
        nb_format_message(text, sizeof text, "image too large: %u × %u pixels is more than the limit of %llu",
                          (unsigned)width, (unsigned)height, (unsigned long long)maximumPixels);
        png_error(reader->png, text);
    }
    png_reader_configure(reader);
    *layout = reader->layout;
    return &reader->base;
}
