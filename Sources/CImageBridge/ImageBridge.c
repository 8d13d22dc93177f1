#include "ImageReader.h"

#include <stdio.h>
#include <string.h>

int nb_image_reader_read(NBImageReader *reader, void *pixels, size_t byteCount, char *message,
                         size_t messageCapacity) {
    return reader->read(reader, pixels, byteCount, message, messageCapacity);
}

void nb_image_reader_close(NBImageReader *reader) {
    reader->close(reader);
}

void nb_copy_message(char *buffer, size_t capacity, const char *text) {
    if (capacity == 0) {
        return;
    }
    size_t length = strlen(text);
    if (length >= capacity) {
        length = capacity - 1;
    }
    memcpy(buffer, text, length);
    buffer[length] = '\0';
}

void nb_format_message(char *buffer, size_t capacity, const char *format, ...) {
    if (capacity == 0) {
        return;
    }
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(buffer, capacity, format, arguments);
    va_end(arguments);
}

void nb_append_message(char *buffer, size_t capacity, const char *separator, const char *text) {
    size_t length = strlen(buffer);
    if (length + 1 >= capacity) {
        return;
    }
    if (length > 0) {
        nb_copy_message(buffer + length, capacity - length, separator);
        length += strlen(buffer + length);
    }
    nb_copy_message(buffer + length, capacity - length, text);
}

size_t nb_layout_byte_count(const NBImageLayout *layout) {
    uint64_t count = (uint64_t)layout->width * layout->height;
    uint64_t perPixel = (uint64_t)layout->channels * layout->bytesPerSample;
    if (perPixel != 0 && count > UINT64_MAX / perPixel) {
        return 0;
    }
    count *= perPixel;
    return count > SIZE_MAX ? 0 : (size_t)count;
}
